namespace EEiC.Statistics.Disclosure;

/// <summary>
/// Finds the cheapest cycle that gives a pinned suppressed cell a feasibility interval of positive width (see
/// <see cref="SuppressionGraph"/>): a shortest path between the cell's ends in the residual network of the whole
/// table, in which every cell is an arc from its row-side node to its column-side node and, when positive, one
/// back. A suppressed cell costs 0, an unsuppressed count x &gt; 0 costs x + 1 and an unsuppressed zero more than any
/// set of positive counts together. Built once per table; the buffers are reused between searches.
/// </summary>
/// <remarks>
/// Bidirectional Dijkstra: a search forward from the start and one backward from the target, each settling a node
/// of least tentative distance, alternated to balance their work, stopped once the two least keys add up to at least
/// the best path seen through a node reached by both (Dijkstra EW. <i>Numer Math</i> 1959;1:269–271; Pohl I.
/// Bi-directional search. <i>Machine Intelligence</i> 1971;6:127–140). Balancing matters here: the cells already
/// suppressed cost nothing, and one end of a pinned cell often opens onto most of the table at cost 0.
/// </remarks>
internal sealed class ComplementSearch
{
    private readonly SuppressionGraph _graph;
    private readonly double _zeroCost;
    private readonly double[] _cost;
    private readonly Side _forward;
    private readonly Side _backward;

    public ComplementSearch(SuppressionGraph graph, ReadOnlySpan<double> counts)
    {
        _graph = graph;
        _zeroCost = ZeroCost(counts);
        _cost = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            _cost[i] = counts[i] > 0 ? counts[i] + 1 : _zeroCost;
        }

        // Forward: every cell leaves its row-side node, a positive cell also its column-side node; backward, reversed.
        _forward = new Side(graph, counts, reverse: false);
        _backward = new Side(graph, counts, reverse: true);
    }

    /// <summary>The cost of an unsuppressed zero: 1 + the number of cells + the sum of the counts, more than all positive cells together.</summary>
    public static double ZeroCost(ReadOnlySpan<double> counts)
    {
        var cost = 1.0 + counts.Length;
        foreach (var x in counts)
        {
            cost += x;
        }

        return cost;
    }

    /// <summary>
    /// The cheapest cycle through suppressed cell <paramref name="cell"/>: a path from its column-side end to its
    /// row-side end (the cell can grow) or, when the cell is positive and growing needs a new zero or is impossible,
    /// the other way (it can shrink) if that is cheaper. Returns the path's cells (suppressed or not, ascending), or
    /// null when no path exists even through every cell.
    /// </summary>
    public List<int>? Find(ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed, int cell)
    {
        var rowSide = _graph.RowNode(cell / _graph.Columns);
        var columnSide = _graph.ColumnNode(cell % _graph.Columns);
        var (grow, growCost) = CheapestPath(suppressed, cell, columnSide, rowSide);
        if (counts[cell] > 0 && growCost >= _zeroCost)
        {
            // Only where growing needs a new zero (or is impossible) is the other way worth a search.
            var (shrink, shrinkCost) = CheapestPath(suppressed, cell, rowSide, columnSide);
            if (shrink is not null && (grow is null || shrinkCost < growCost))
            {
                return shrink;
            }
        }

        return grow;
    }

    private (List<int>? Path, double Cost) CheapestPath(ReadOnlySpan<bool> suppressed, int excluded, int from, int to)
    {
        _forward.Start(from);
        _backward.Start(to);
        var best = double.PositiveInfinity;
        var meet = -1;
        while (true)
        {
            var forwardKey = _forward.Top();
            var backwardKey = _backward.Top();
            if (forwardKey + backwardKey >= best || double.IsPositiveInfinity(forwardKey) || double.IsPositiveInfinity(backwardKey))
            {
                break;
            }

            var (side, other) = _forward.Work <= _backward.Work ? (_forward, _backward) : (_backward, _forward);
            var node = side.Settle();
            for (var k = side.First(node); k < side.End(node); k++)
            {
                var i = side.Cell(k);
                if (i == excluded)
                {
                    continue;
                }

                var next = side.Head(k);
                side.Relax(next, side.Distance(node) + (suppressed[i] ? 0 : _cost[i]), i);
                var through = side.Distance(next) + other.Distance(next);
                if (through < best)
                {
                    (best, meet) = (through, next);
                }
            }
        }

        List<int>? path = null;
        if (meet >= 0)
        {
            path = [];
            _forward.Trace(meet, path);
            _backward.Trace(meet, path);
            path.Sort();
        }

        _forward.Reset();
        _backward.Reset();
        return (path, best);
    }

    /// <summary>One direction of the search: its arcs (compressed rows) and its tentative distances.</summary>
    private sealed class Side
    {
        private readonly SuppressionGraph _graph;
        private readonly int[] _start;
        private readonly int[] _cells;
        private readonly int[] _heads;
        private readonly double[] _distance;
        private readonly int[] _via;
        private readonly bool[] _done;
        private readonly List<int> _touched = [];
        private readonly PriorityQueue<int, double> _queue = new();

        public Side(SuppressionGraph graph, ReadOnlySpan<double> counts, bool reverse)
        {
            _graph = graph;
            var n = graph.NodeCount;
            var columns = graph.Columns;
            _start = new int[n + 1];
            for (var i = 0; i < counts.Length; i++)
            {
                var (tail, head) = Ends(i);
                if (tail != head)
                {
                    _start[tail + 1]++;
                    if (counts[i] > 0)
                    {
                        _start[head + 1]++;
                    }
                }
            }

            for (var k = 0; k < n; k++)
            {
                _start[k + 1] += _start[k];
            }

            var fill = (int[])_start.Clone();
            _cells = new int[_start[n]];
            _heads = new int[_start[n]];
            for (var i = 0; i < counts.Length; i++)
            {
                var (tail, head) = Ends(i);
                if (tail != head)
                {
                    _heads[fill[tail]] = head;
                    _cells[fill[tail]++] = i;
                    if (counts[i] > 0)
                    {
                        _heads[fill[head]] = tail;
                        _cells[fill[head]++] = i;
                    }
                }
            }

            // Arc row side → column side for every cell, back for a positive one; reversed for the backward search.
            (int Tail, int Head) Ends(int i)
            {
                var (a, b) = (graph.RowNode(i / columns), graph.ColumnNode(i % columns));
                return reverse ? (b, a) : (a, b);
            }

            _distance = new double[n];
            Array.Fill(_distance, double.PositiveInfinity);
            _via = new int[n];
            _done = new bool[n];
        }

        /// <summary>Arcs scanned so far in this search (to balance the two directions).</summary>
        public long Work { get; private set; }

        public int First(int node) => _start[node];

        public int End(int node) => _start[node + 1];

        public int Cell(int arc) => _cells[arc];

        public int Head(int arc) => _heads[arc];

        public double Distance(int node) => _distance[node];

        public void Start(int node)
        {
            Relax(node, 0, -1);
            Work = 0;
        }

        /// <summary>The least key of an unsettled node, or +∞.</summary>
        public double Top()
        {
            while (_queue.TryPeek(out var node, out var key))
            {
                if (!_done[node] && key <= _distance[node])
                {
                    return key;
                }

                _queue.Dequeue();
            }

            return double.PositiveInfinity;
        }

        public int Settle()
        {
            var node = _queue.Dequeue();
            _done[node] = true;
            Work += _start[node + 1] - _start[node] + 1;
            return node;
        }

        public void Relax(int node, double distance, int via)
        {
            if (_done[node] || distance >= _distance[node])
            {
                return;
            }

            if (double.IsPositiveInfinity(_distance[node]))
            {
                _touched.Add(node);
            }

            _distance[node] = distance;
            _via[node] = via;
            _queue.Enqueue(node, distance);
        }

        /// <summary>Adds the cells of the path from this side's start to <paramref name="node"/>.</summary>
        public void Trace(int node, List<int> path)
        {
            var columns = _graph.Columns;
            while (_via[node] >= 0)
            {
                var i = _via[node];
                path.Add(i);
                var a = _graph.RowNode(i / columns);
                node = a == node ? _graph.ColumnNode(i % columns) : a;
            }
        }

        public void Reset()
        {
            foreach (var node in _touched)
            {
                _distance[node] = double.PositiveInfinity;
                _done[node] = false;
            }

            _touched.Clear();
            _queue.Clear();
        }
    }
}
