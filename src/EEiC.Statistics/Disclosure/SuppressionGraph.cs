namespace EEiC.Statistics.Disclosure;

/// <summary>
/// The suppressed cells of a two-way table as edges of a graph whose nodes are the published linear constraints
/// (row totals, column totals, the grand total) plus one "free" node for line ends with no published total.
/// A suppressed cell is determined by the published cells and totals exactly when its edge is a bridge
/// (lies on no cycle): the null space of the constraint system is the cycle space of this graph.
/// </summary>
/// <remarks>
/// Cell x(r, c) enters the sum of row r and of column c, so the published totals form the incidence matrix of a
/// bipartite graph restricted to the constrained nodes; the values consistent with the published table differ
/// from the true values by a vector of that matrix's null space, which is spanned by the (alternating-sign)
/// cycles, counting paths between unconstrained line ends as cycles through the free node. Bridges by Tarjan RE.
/// <i>Inf Process Lett</i> 1974;2:160–161. With all suppressed cells &gt;= 1 a cycle can be shifted by ±1 without
/// leaving the non-negative integers, so "not a bridge" also means "not unique among non-negative whole counts".
/// </remarks>
internal readonly struct SuppressionGraph
{
    private readonly int _rows;
    private readonly int _columns;
    private readonly bool _rowTotals;
    private readonly bool _columnTotals;
    private readonly bool _grandOnly;

    public SuppressionGraph(int rows, int columns, PublishedMargins margins)
    {
        _rows = rows;
        _columns = columns;
        _rowTotals = (margins & PublishedMargins.RowTotals) != 0;
        _columnTotals = (margins & PublishedMargins.ColumnTotals) != 0;
        _grandOnly = !_rowTotals && !_columnTotals && (margins & PublishedMargins.GrandTotal) != 0;
    }

    public int NodeCount => _rows + _columns + 2;

    private int GrandNode => _rows + _columns;

    public int FreeNode => _rows + _columns + 1;

    public int RowNode(int row) => _rowTotals ? row : _grandOnly ? GrandNode : FreeNode;

    public int ColumnNode(int column) => _columnTotals ? _rows + column : FreeNode;

    /// <summary>Cell indices (row-major) of the suppressed cells that are bridges, ascending.</summary>
    public List<int> Bridges(ReadOnlySpan<bool> suppressed)
    {
        var (edges, u, v, start, adjacent) = Build(suppressed);
        var n = NodeCount;
        var discovered = new int[n];
        Array.Fill(discovered, -1);
        var low = new int[n];
        var stackNode = new int[n];
        var stackEdge = new int[n];
        var position = new int[n];
        var time = 0;
        var bridges = new List<int>();
        for (var root = 0; root < n; root++)
        {
            if (discovered[root] >= 0)
            {
                continue;
            }

            var top = 0;
            stackNode[0] = root;
            stackEdge[0] = -1;
            position[0] = start[root];
            discovered[root] = low[root] = time++;
            while (top >= 0)
            {
                var node = stackNode[top];
                if (position[top] < start[node + 1])
                {
                    var e = adjacent[position[top]++];
                    if (e == stackEdge[top])
                    {
                        continue;
                    }

                    var other = u[e] == node ? v[e] : u[e];
                    if (discovered[other] < 0)
                    {
                        discovered[other] = low[other] = time++;
                        top++;
                        stackNode[top] = other;
                        stackEdge[top] = e;
                        position[top] = start[other];
                    }
                    else
                    {
                        low[node] = Math.Min(low[node], discovered[other]);
                    }
                }
                else
                {
                    if (top > 0)
                    {
                        var parent = stackNode[top - 1];
                        low[parent] = Math.Min(low[parent], low[node]);
                        if (low[node] > discovered[parent])
                        {
                            bridges.Add(edges[stackEdge[top]]);
                        }
                    }

                    top--;
                }
            }
        }

        bridges.Sort();
        return bridges;
    }

    /// <summary>The nodes reachable from <paramref name="from"/> through suppressed cells other than cell <paramref name="without"/>.</summary>
    public bool[] Reachable(ReadOnlySpan<bool> suppressed, int from, int without)
    {
        var (edges, u, v, start, adjacent) = Build(suppressed);
        var seen = new bool[NodeCount];
        var queue = new Queue<int>();
        seen[from] = true;
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            for (var k = start[node]; k < start[node + 1]; k++)
            {
                var e = adjacent[k];
                if (edges[e] == without)
                {
                    continue;
                }

                var other = u[e] == node ? v[e] : u[e];
                if (!seen[other])
                {
                    seen[other] = true;
                    queue.Enqueue(other);
                }
            }
        }

        return seen;
    }

    private (List<int> Edges, int[] U, int[] V, int[] Start, int[] Adjacent) Build(ReadOnlySpan<bool> suppressed)
    {
        var edges = new List<int>();
        for (var i = 0; i < suppressed.Length; i++)
        {
            if (suppressed[i])
            {
                edges.Add(i);
            }
        }

        var n = NodeCount;
        var u = new int[edges.Count];
        var v = new int[edges.Count];
        var degree = new int[n];
        for (var e = 0; e < edges.Count; e++)
        {
            u[e] = RowNode(edges[e] / _columns);
            v[e] = ColumnNode(edges[e] % _columns);
            if (u[e] != v[e])
            {
                degree[u[e]]++;
                degree[v[e]]++;
            }
        }

        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + degree[i];
        }

        var fill = (int[])start.Clone();
        var adjacent = new int[start[n]];
        for (var e = 0; e < edges.Count; e++)
        {
            if (u[e] != v[e])
            {
                adjacent[fill[u[e]]++] = e;
                adjacent[fill[v[e]]++] = e;
            }
        }

        return (edges, u, v, start, adjacent);
    }
}
