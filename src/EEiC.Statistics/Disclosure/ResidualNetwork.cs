namespace EEiC.Statistics.Disclosure;

/// <summary>
/// The residual network of the suppressed cells of a table (see <see cref="SuppressionGraph"/>) with Dinic's maximum
/// flow: per suppressed cell an arc row-side → column-side of (effectively) unbounded capacity and the reverse arc
/// with the cell's value as capacity. One cell at a time can be left out.
/// </summary>
/// <remarks>
/// Dinitz EA. Algorithm for solution of a problem of maximum flow in networks with power estimation.
/// <i>Soviet Math Doklady</i> 1970;11:1277–1280 (blocking flows on BFS level graphs).
/// </remarks>
internal sealed class ResidualNetwork
{
    private readonly int _nodes;
    private readonly List<int> _head = [];
    private readonly List<long> _capacity = [];
    private readonly List<int> _cell = [];
    private int[] _start = [];
    private int[] _to = [];
    private int[] _reverse = [];
    private long[] _original = [];
    private long[] _residual = [];
    private int[] _owner = [];
    private int[] _level = [];
    private int[] _next = [];
    private bool _built;

    public ResidualNetwork(int nodes) => _nodes = nodes;

    /// <summary>Adds the two arcs of suppressed cell <paramref name="cell"/> between row-side node <paramref name="from"/> and column-side node <paramref name="to"/>.</summary>
    public void AddCell(int cell, int from, int to, long unbounded, long value)
    {
        // Stored as (tail, head) pairs: arc 2k is from → to (unbounded), arc 2k + 1 is to → from (the value).
        _head.Add(from);
        _head.Add(to);
        _capacity.Add(unbounded);
        _capacity.Add(value);
        _cell.Add(cell);
    }

    /// <summary>Restores every capacity and closes both arcs of <paramref name="cell"/>.</summary>
    public void Exclude(int cell)
    {
        Build();
        Array.Copy(_original, _residual, _original.Length);
        for (var a = 0; a < _owner.Length; a++)
        {
            if (_owner[a] == cell)
            {
                _residual[a] = 0;
            }
        }
    }

    /// <summary>The maximum flow from <paramref name="source"/> to <paramref name="sink"/>, stopping at <paramref name="limit"/>.</summary>
    public long MaxFlow(int source, int sink, long limit)
    {
        Build();
        if (source == sink)
        {
            return limit;
        }

        long total = 0;
        var queue = new Queue<int>();
        while (total < limit)
        {
            Array.Fill(_level, -1);
            _level[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                for (var a = _start[node]; a < _start[node + 1]; a++)
                {
                    if (_residual[a] > 0 && _level[_to[a]] < 0)
                    {
                        _level[_to[a]] = _level[node] + 1;
                        queue.Enqueue(_to[a]);
                    }
                }
            }

            if (_level[sink] < 0)
            {
                break;
            }

            Array.Copy(_start, _next, _nodes);
            long pushed;
            while (total < limit && (pushed = Push(source, sink, limit - total)) > 0)
            {
                total += pushed;
            }
        }

        return total;
    }

    private long Push(int node, int sink, long amount)
    {
        if (node == sink)
        {
            return amount;
        }

        for (; _next[node] < _start[node + 1]; _next[node]++)
        {
            var a = _next[node];
            var to = _to[a];
            if (_residual[a] > 0 && _level[to] == _level[node] + 1)
            {
                var pushed = Push(to, sink, Math.Min(amount, _residual[a]));
                if (pushed > 0)
                {
                    _residual[a] -= pushed;
                    _residual[_reverse[a]] += pushed;
                    return pushed;
                }
            }
        }

        return 0;
    }

    private void Build()
    {
        if (_built)
        {
            return;
        }

        // Each cell gives two opposite arcs, each the other's reverse in the flow bookkeeping; capacities add.
        var cells = _cell.Count;
        var degree = new int[_nodes + 1];
        for (var k = 0; k < cells; k++)
        {
            degree[_head[2 * k]]++;
            degree[_head[(2 * k) + 1]]++;
        }

        _start = new int[_nodes + 1];
        for (var i = 0; i < _nodes; i++)
        {
            _start[i + 1] = _start[i] + degree[i];
        }

        var fill = (int[])_start.Clone();
        var arcs = 2 * cells;
        _to = new int[arcs];
        _reverse = new int[arcs];
        _original = new long[arcs];
        _residual = new long[arcs];
        _owner = new int[arcs];
        for (var k = 0; k < cells; k++)
        {
            var from = _head[2 * k];
            var to = _head[(2 * k) + 1];
            var forward = fill[from]++;
            var backward = fill[to]++;
            _to[forward] = to;
            _to[backward] = from;
            _reverse[forward] = backward;
            _reverse[backward] = forward;
            _original[forward] = _capacity[2 * k];
            _original[backward] = _capacity[(2 * k) + 1];
            _owner[forward] = _owner[backward] = _cell[k];
        }

        _level = new int[_nodes];
        _next = new int[_nodes];
        _built = true;
    }
}
