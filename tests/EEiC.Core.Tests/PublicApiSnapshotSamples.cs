// Test-only types with a known shape, rendered by PublicApiSnapshotGeneratorTests. Changing any of
// them changes the expected lines there.
#pragma warning disable CS0067 // Event never used: only its declaration matters here.
#pragma warning disable CS0628 // Protected member in sealed type: checks that it is left out of the snapshot.
using System.Diagnostics.CodeAnalysis;

namespace EEiC.Core.Tests.ApiSamples;

public sealed record SampleRecord(string Name, int? Count)
{
    public string? Note { get; init; }
}

public abstract record SampleBaseRecord(string Id);

public enum SampleKind : byte
{
    Second = 2,
    None = 0,
    First = 1,
}

[Flags]
public enum SampleFlags
{
    None = 0,
    Read = 1,
    Write = 2,
    ReadWrite = Read | Write,
}

public class SampleClass
{
    public const string Label = "a \"b\"\n";
    public const double Ratio = 2;
    public static readonly int[] Empty = [];
    public int Counter;

    public SampleClass()
    {
    }

    protected SampleClass(int seed) => Counter = seed;

    internal SampleClass(string hidden) => Nickname = hidden;

    public event EventHandler? Changed;

    public string? Nickname { get; set; }

    public string Name { get; init; } = string.Empty;

    public int Size { get; protected set; }

    public static SampleClass Shared { get; } = new();

    public int this[int index] => index;

    public T Pick<T>(T value, int count = 3, string? label = null)
        where T : class, IComparable<T> => value;

    public TKey First<TKey, TValue>(IReadOnlyDictionary<TKey, TValue?> map)
        where TKey : notnull
        where TValue : struct => map.Keys.First();

    public static bool TryParse(string text, out SampleClass? result)
    {
        result = text.Length > 0 ? new SampleClass() : null;
        return result is not null;
    }

    public void Sum(params int[] values)
    {
    }

    public void Refs(ref int a, in double b, decimal rate = 1.5m, SampleKind kind = SampleKind.First, CancellationToken cancellationToken = default)
    {
    }

    [Obsolete("Use Pick instead.")]
    public void Old()
    {
    }

    public virtual void Hook()
    {
    }

    protected internal virtual double Scale(double factor = 0.5) => factor;

    protected void Helper()
    {
    }

    public IReadOnlyList<string?> Names() => [];

    public (int Low, int High) Range() => (0, 1);

    public override string ToString() => Name;

    public static SampleClass operator +(SampleClass left, SampleClass right) => left;

    public static implicit operator string(SampleClass value) => value.Name;

    public class Nested
    {
    }

    protected class ProtectedNested
    {
    }

    internal sealed class HiddenNested
    {
    }
}

public sealed class SampleSealed : SampleClass
{
    public override void Hook()
    {
    }

    protected internal override double Scale(double factor = 0.5) => factor * 2;

    protected class NotVisibleInSealed
    {
    }
}

public interface ISampleSource<out T>
{
    T Current { get; }

    bool MoveNext();
}

public delegate TResult SampleCallback<in T, out TResult>(T input, int attempt = 0)
    where T : notnull;

public static class SampleExtensions
{
    public static int Twice(this int value) => 2 * value;
}

public readonly record struct SamplePoint(double X, double Y);

public struct SampleMutable
{
    public int X { get; set; }
}

[Obsolete("Gone soon.", true)]
public class SampleGeneric<T>
    where T : class?
{
    public T? Maybe { get; set; }

    public T Value { get; } = default!;

    public KeyValuePair<string, T?>? Pair(IDictionary<string, (int Count, T? Item)> source, params ReadOnlySpan<T> extra) => null;

    public bool TryGet([MaybeNullWhen(false)] out T value)
    {
        value = Value;
        return true;
    }

    public sealed class Inner<TInner>
        where TInner : unmanaged
    {
        public SampleGeneric<T>.Inner<TInner>? Next { get; }

        public ref readonly TInner Peek(ref readonly TInner first, TInner? second, TInner[]?[] rows) => ref first;
    }
}

public interface ISampleParser<TSelf>
    where TSelf : ISampleParser<TSelf>
{
    static abstract TSelf Parse(string text);

    string Describe() => GetType().Name;
}

internal sealed class SampleInternal
{
}
