namespace EEiC.Statistics.Comparison;

/// <summary>
/// A compensated (Neumaier) running sum. R's <c>sum</c> accumulates doubles in extended precision; compensation gives
/// the correctly rounded total in the same cases, so pooled averages agree with the reference to the last bit.
/// </summary>
/// <remarks>Neumaier A. Z Angew Math Mech 1974;54:39–51.</remarks>
internal struct PooledSum
{
    private double _sum;
    private double _compensation;

    public void Add(double value)
    {
        var t = _sum + value;
        _compensation += Math.Abs(_sum) >= Math.Abs(value) ? (_sum - t) + value : (value - t) + _sum;
        _sum = t;
    }

    public readonly double Total => _sum + _compensation;
}
