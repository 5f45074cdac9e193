namespace EEiC.Statistics.Disclosure;

/// <summary>
/// The suppressed cells of a two-way table as edges of a bipartite graph whose nodes are the published linear
/// constraints (row totals, column totals, the grand total) plus one "free" node for line ends with no published
/// total, and the exact feasibility of each suppressed cell over the non-negative completions of the table.
/// </summary>
/// <remarks>
/// <para>Cell x(r, c) enters the sum of row r and of column c. Orient every cell from its row-side node to its
/// column-side node. Two completions of the published table differ by a circulation δ on this graph (conservation
/// at the free node is automatic: it sits on one side only, and every node of the other side is constrained), and
/// a completion x* + δ is non-negative exactly when δ(f) ≥ −x*(f) on every suppressed cell f. So the completions
/// are the feasible flows of the <i>residual network</i> of x*: an arc row-side → column-side of unbounded capacity
/// for every suppressed cell and the reverse arc of capacity x*(f) for every suppressed cell with x*(f) &gt; 0
/// (Ahuja RK, Magnanti TL, Orlin JB. <i>Network Flows</i>. Prentice Hall, 1993, §2.4 and ch. 6–7).</para>
/// <para>For a suppressed cell e = (u → v): its largest value is x*(e) + F(v → u) and its smallest
/// x*(e) − min(x*(e), F(u → v)), where F is the maximum flow in the residual network without e's own arcs (a
/// circulation through e decomposes into cycles through e, each a path between e's ends plus e; conformal
/// decomposition, Ahuja et al. §3.5). The capacities are whole numbers, so both ends are whole and every whole
/// value between them is attained. The interval has width 0 exactly when neither path exists, which needs only
/// reachability: with D the residual digraph (arcs of positive capacity) and its strongly connected components,
/// e is pinned if and only if (i) its ends lie in different components of D (then x*(e) = 0 and no path returns),
/// or (ii) it is a bridge of the undirected graph of the cells whose ends share a component (proof: if e is no such
/// bridge, let R be the nodes reached from v in D without e; if u ∉ R, every other cell between R and the rest is a
/// zero cell oriented into R, and strong connectivity gives a path u → q → p → v without e through one of them).
/// Both tests are linear: strongly connected components and bridges by Tarjan RE. <i>SIAM J Comput</i>
/// 1972;1:146–160 and <i>Inf Process Lett</i> 1974;2:160–161.</para>
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

    public int Columns => _columns;

    /// <summary>Whether any total is published; without one every cell is free and nothing can be pinned.</summary>
    public bool Constrained => _rowTotals || _columnTotals || _grandOnly;

    private int GrandNode => _rows + _columns;

    private int FreeNode => _rows + _columns + 1;

    public int RowNode(int row) => _rowTotals ? row : _grandOnly ? GrandNode : FreeNode;

    public int ColumnNode(int column) => _columnTotals ? _rows + column : FreeNode;

    /// <summary>
    /// Cell indices (row-major, ascending) of the suppressed cells whose feasibility interval has width 0: the value
    /// is the same in every non-negative completion that agrees with the published cells and exact totals.
    /// </summary>
    public List<int> Pinned(ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed) => Pinned(counts, suppressed, out _);

    /// <summary>
    /// As <see cref="Pinned(ReadOnlySpan{double}, ReadOnlySpan{bool})"/>, with the strongly connected component of each
    /// node in the residual digraph; <see langword="null"/> when no suppressed cell is 0 (then the digraph is symmetric
    /// and every pinned cell is a bridge).
    /// </summary>
    public List<int> Pinned(ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed, out int[]? component)
    {
        var pinned = new List<int>();
        component = null;
        if (!Constrained)
        {
            return pinned;
        }

        var edges = new List<int>();
        var zeros = false;
        for (var i = 0; i < suppressed.Length; i++)
        {
            if (suppressed[i])
            {
                edges.Add(i);
                zeros |= counts[i] == 0;
            }
        }

        var m = edges.Count;
        var n = NodeCount;
        var u = new int[m];
        var v = new int[m];
        for (var e = 0; e < m; e++)
        {
            u[e] = RowNode(edges[e] / _columns);
            v[e] = ColumnNode(edges[e] % _columns);
        }

        var inside = new bool[m];
        if (!zeros)
        {
            // Every arc runs both ways: the components are the connected components and only bridges are pinned.
            Array.Fill(inside, true);
            return Collect(edges, Bridges(n, u, v, inside), pinned);
        }

        var outDegree = new int[n + 1];
        for (var e = 0; e < m; e++)
        {
            outDegree[u[e]]++;
            if (counts[edges[e]] > 0)
            {
                outDegree[v[e]]++;
            }
        }

        // Residual digraph D in compressed rows: u → v always, v → u when the cell is positive.
        var outStart = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            outStart[i + 1] = outStart[i] + outDegree[i];
        }

        var fill = outDegree;
        Array.Copy(outStart, fill, n);
        var target = new int[outStart[n]];
        for (var e = 0; e < m; e++)
        {
            target[fill[u[e]]++] = v[e];
            if (counts[edges[e]] > 0)
            {
                target[fill[v[e]]++] = u[e];
            }
        }

        component = StronglyConnectedComponents(n, outStart, target);
        for (var e = 0; e < m; e++)
        {
            if (component[u[e]] == component[v[e]])
            {
                inside[e] = true;
            }
            else
            {
                pinned.Add(edges[e]);
            }
        }

        return Collect(edges, Bridges(n, u, v, inside), pinned);
    }

    private static List<int> Collect(List<int> edges, List<int> bridges, List<int> pinned)
    {
        foreach (var e in bridges)
        {
            pinned.Add(edges[e]);
        }

        pinned.Sort();
        return pinned;
    }

    /// <summary>
    /// The exact smallest and largest value of suppressed cell <paramref name="cell"/> over the non-negative
    /// completions (maximum flows in the residual network without the cell; see the type's remarks).
    /// </summary>
    public (double Lower, double Upper) Interval(ReadOnlySpan<double> counts, int cell, ResidualNetwork network)
    {
        var x = counts[cell];
        if (!Constrained)
        {
            return (0, double.PositiveInfinity);
        }

        var rowSide = RowNode(cell / _columns);
        var columnSide = ColumnNode(cell % _columns);
        network.Exclude(cell);
        var up = network.MaxFlow(columnSide, rowSide, long.MaxValue);
        network.Exclude(cell);
        var down = x > 0 ? network.MaxFlow(rowSide, columnSide, (long)x) : 0;
        return (x - down, x + up);
    }

    /// <summary>The residual network of the suppressed cells, for <see cref="Interval"/>.</summary>
    public ResidualNetwork Network(ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed)
    {
        var network = new ResidualNetwork(NodeCount);
        long infinite = 1;
        for (var i = 0; i < suppressed.Length; i++)
        {
            if (suppressed[i])
            {
                infinite += (long)counts[i];
            }
        }

        for (var i = 0; i < suppressed.Length; i++)
        {
            var a = RowNode(i / _columns);
            var b = ColumnNode(i % _columns);
            if (suppressed[i] && a != b)
            {
                network.AddCell(i, a, b, infinite, (long)counts[i]);
            }
        }

        return network;
    }

    private static int[] StronglyConnectedComponents(int n, int[] outStart, int[] target)
    {
        var index = new int[n];
        Array.Fill(index, -1);
        var low = new int[n];
        var component = new int[n];
        Array.Fill(component, -1);
        var onStack = new bool[n];
        var stack = new int[n];
        var callNode = new int[n];
        var callPosition = new int[n];
        var (time, depth, components) = (0, 0, 0);
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            var top = 0;
            callNode[0] = root;
            callPosition[0] = outStart[root];
            index[root] = low[root] = time++;
            stack[depth++] = root;
            onStack[root] = true;
            while (top >= 0)
            {
                var node = callNode[top];
                if (callPosition[top] < outStart[node + 1])
                {
                    var next = target[callPosition[top]++];
                    if (index[next] < 0)
                    {
                        index[next] = low[next] = time++;
                        stack[depth++] = next;
                        onStack[next] = true;
                        top++;
                        callNode[top] = next;
                        callPosition[top] = outStart[next];
                    }
                    else if (onStack[next])
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }

                    continue;
                }

                if (low[node] == index[node])
                {
                    int w;
                    do
                    {
                        w = stack[--depth];
                        onStack[w] = false;
                        component[w] = components;
                    }
                    while (w != node);
                    components++;
                }

                top--;
                if (top >= 0)
                {
                    var parent = callNode[top];
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        return component;
    }

    /// <summary>The included edges (indices into <paramref name="u"/>/<paramref name="v"/>) that are bridges of the undirected multigraph they form; loops excluded.</summary>
    private static List<int> Bridges(int n, int[] u, int[] v, bool[] include)
    {
        var degree = new int[n];
        for (var e = 0; e < u.Length; e++)
        {
            if (include[e] && u[e] != v[e])
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

        var fill = degree;
        Array.Copy(start, fill, n);
        var adjacent = new int[start[n]];
        for (var e = 0; e < u.Length; e++)
        {
            if (include[e] && u[e] != v[e])
            {
                adjacent[fill[u[e]]++] = e;
                adjacent[fill[v[e]]++] = e;
            }
        }

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
                            bridges.Add(stackEdge[top]);
                        }
                    }

                    top--;
                }
            }
        }

        return bridges;
    }
}
