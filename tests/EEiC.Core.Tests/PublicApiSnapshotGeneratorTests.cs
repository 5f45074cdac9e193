using System.Reflection;
using EEiC.Core.Tests.ApiSamples;
using EEiC.Testing;

namespace EEiC.Core.Tests;

/// <summary>
/// Tests of the shared public API snapshot generator (tests/Shared/PublicApiSnapshot.cs) on the test-only types
/// in PublicApiSnapshotSamples.cs.
/// </summary>
public sealed class PublicApiSnapshotGeneratorTests
{
    private static IReadOnlyList<string> Render(params Type[] types) => PublicApiSnapshot.RenderTypes(types);

    // For types marked [Obsolete(..., error: true)], which typeof cannot name.
    private static Type SampleType(string name) =>
        typeof(SampleRecord).Assembly.GetType(typeof(SampleRecord).Namespace + "." + name, throwOnError: true)!;

    [Fact]
    public void Sealed_record_lists_positional_init_properties_and_synthesised_members_but_not_clone()
    {
        Assert.Equal(
            [
                "",
                "public sealed record EEiC.Core.Tests.ApiSamples.SampleRecord : System.IEquatable<EEiC.Core.Tests.ApiSamples.SampleRecord>",
                "  public SampleRecord(string Name, int? Count)",
                "  public int? Count { get; init; }",
                "  public string Name { get; init; }",
                "  public string? Note { get; init; }",
                "  public void Deconstruct(out string Name, out int? Count)",
                "  public bool Equals(EEiC.Core.Tests.ApiSamples.SampleRecord? other)",
                "  public override bool Equals(object? obj)",
                "  public override int GetHashCode()",
                "  public override string ToString()",
                "  public static bool operator ==(EEiC.Core.Tests.ApiSamples.SampleRecord? left, EEiC.Core.Tests.ApiSamples.SampleRecord? right)",
                "  public static bool operator !=(EEiC.Core.Tests.ApiSamples.SampleRecord? left, EEiC.Core.Tests.ApiSamples.SampleRecord? right)",
            ],
            Render(typeof(SampleRecord)));
    }

    [Fact]
    public void Abstract_record_shows_its_protected_members()
    {
        Assert.Equal(
            [
                "",
                "public abstract record EEiC.Core.Tests.ApiSamples.SampleBaseRecord : System.IEquatable<EEiC.Core.Tests.ApiSamples.SampleBaseRecord>",
                "  protected SampleBaseRecord(EEiC.Core.Tests.ApiSamples.SampleBaseRecord original)",
                "  protected SampleBaseRecord(string Id)",
                "  protected virtual System.Type EqualityContract { get; }",
                "  public string Id { get; init; }",
                "  public void Deconstruct(out string Id)",
                "  public override bool Equals(object? obj)",
                "  public virtual bool Equals(EEiC.Core.Tests.ApiSamples.SampleBaseRecord? other)",
                "  public override int GetHashCode()",
                "  protected virtual bool PrintMembers(System.Text.StringBuilder builder)",
                "  public override string ToString()",
                "  public static bool operator ==(EEiC.Core.Tests.ApiSamples.SampleBaseRecord? left, EEiC.Core.Tests.ApiSamples.SampleBaseRecord? right)",
                "  public static bool operator !=(EEiC.Core.Tests.ApiSamples.SampleBaseRecord? left, EEiC.Core.Tests.ApiSamples.SampleBaseRecord? right)",
            ],
            Render(typeof(SampleBaseRecord)));
    }

    [Fact]
    public void Enums_show_underlying_type_flags_and_members_sorted_by_value()
    {
        Assert.Equal(
            [
                "",
                "[System.Flags] public enum EEiC.Core.Tests.ApiSamples.SampleFlags",
                "  None = 0",
                "  Read = 1",
                "  Write = 2",
                "  ReadWrite = 3",
                "",
                "public enum EEiC.Core.Tests.ApiSamples.SampleKind : byte",
                "  None = 0",
                "  First = 1",
                "  Second = 2",
            ],
            Render(typeof(SampleKind), typeof(SampleFlags)));
    }

    [Fact]
    public void Class_members_render_like_declarations()
    {
        Assert.Equal(
            [
                "",
                "public class EEiC.Core.Tests.ApiSamples.SampleClass",
                "  protected SampleClass(int seed)",
                "  public SampleClass()",
                "  public int Counter",
                "  public static readonly int[] Empty",
                "  public const string Label = \"a \\\"b\\\"\\n\"",
                "  public const double Ratio = 2.0",
                "  public int this[int index] { get; }",
                "  public string Name { get; init; }",
                "  public string? Nickname { get; set; }",
                "  public static EEiC.Core.Tests.ApiSamples.SampleClass Shared { get; }",
                "  public int Size { get; protected set; }",
                "  public event System.EventHandler? Changed",
                "  public TKey First<TKey, TValue>(System.Collections.Generic.IReadOnlyDictionary<TKey, TValue?> map) where TKey : notnull where TValue : struct",
                "  protected void Helper()",
                "  public virtual void Hook()",
                "  public System.Collections.Generic.IReadOnlyList<string?> Names()",
                "  [System.Obsolete(\"Use Pick instead.\")] public void Old()",
                "  public T Pick<T>(T value, int count = 3, string? label = null) where T : class, System.IComparable<T>",
                "  public (int Low, int High) Range()",
                "  public void Refs(ref int a, in double b, decimal rate = 1.5M, EEiC.Core.Tests.ApiSamples.SampleKind kind = EEiC.Core.Tests.ApiSamples.SampleKind.First, System.Threading.CancellationToken cancellationToken = default)",
                "  protected internal virtual double Scale(double factor = 0.5)",
                "  public void Sum(params int[] values)",
                "  public override string ToString()",
                "  public static bool TryParse(string text, out EEiC.Core.Tests.ApiSamples.SampleClass? result)",
                "  public static EEiC.Core.Tests.ApiSamples.SampleClass operator +(EEiC.Core.Tests.ApiSamples.SampleClass left, EEiC.Core.Tests.ApiSamples.SampleClass right)",
                "  public static implicit operator string(EEiC.Core.Tests.ApiSamples.SampleClass value)",
            ],
            Render(typeof(SampleClass)));
    }

    [Fact]
    public void Sealed_class_hides_protected_members_and_inherited_members()
    {
        Assert.Equal(
            [
                "",
                "public sealed class EEiC.Core.Tests.ApiSamples.SampleSealed : EEiC.Core.Tests.ApiSamples.SampleClass",
                "  public SampleSealed()",
                "  public override void Hook()",
            ],
            Render(typeof(SampleSealed)));
    }

    [Fact]
    public void Generic_types_show_variance_constraints_and_declared_nullability_of_type_parameters()
    {
        Assert.Equal(
            [
                "",
                "public interface EEiC.Core.Tests.ApiSamples.ISampleParser<TSelf> where TSelf : EEiC.Core.Tests.ApiSamples.ISampleParser<TSelf>",
                "  public string Describe()",
                "  public static abstract TSelf Parse(string text)",
                "",
                "public interface EEiC.Core.Tests.ApiSamples.ISampleSource<out T>",
                "  public T Current { get; }",
                "  public bool MoveNext()",
                "",
                "public delegate TResult EEiC.Core.Tests.ApiSamples.SampleCallback<in T, out TResult>(T input, int attempt = 0) where T : notnull",
                "",
                "[System.Obsolete(\"Gone soon.\", true)] public class EEiC.Core.Tests.ApiSamples.SampleGeneric<T> where T : class?",
                "  public SampleGeneric()",
                "  public T? Maybe { get; set; }",
                "  public T Value { get; }",
                "  public System.Collections.Generic.KeyValuePair<string, T?>? Pair(System.Collections.Generic.IDictionary<string, (int Count, T? Item)> source, params System.ReadOnlySpan<T> extra)",
                "  public bool TryGet(out T value)",
                "",
                "public sealed class EEiC.Core.Tests.ApiSamples.SampleGeneric<T>.Inner<TInner> where TInner : unmanaged",
                "  public Inner()",
                "  public EEiC.Core.Tests.ApiSamples.SampleGeneric<T>.Inner<TInner>? Next { get; }",
                "  public ref readonly TInner Peek(ref readonly TInner first, TInner? second, TInner[]?[] rows)",
            ],
            Render(SampleType("SampleGeneric`1"), SampleType("SampleGeneric`1+Inner`1"), typeof(ISampleSource<>), typeof(ISampleParser<>), typeof(SampleCallback<,>)));
    }

    [Fact]
    public void Structs_static_classes_and_extension_methods()
    {
        Assert.Equal(
            [
                "",
                "public static class EEiC.Core.Tests.ApiSamples.SampleExtensions",
                "  public static int Twice(this int value)",
                "",
                "public struct EEiC.Core.Tests.ApiSamples.SampleMutable",
                "  public int X { get; set; }",
                "",
                "public readonly record struct EEiC.Core.Tests.ApiSamples.SamplePoint : System.IEquatable<EEiC.Core.Tests.ApiSamples.SamplePoint>",
                "  public SamplePoint(double X, double Y)",
                "  public double X { get; init; }",
                "  public double Y { get; init; }",
                "  public void Deconstruct(out double X, out double Y)",
                "  public bool Equals(EEiC.Core.Tests.ApiSamples.SamplePoint other)",
                // The compiler emits this synthesised parameter without nullable annotation (oblivious).
                "  public override bool Equals(object obj)",
                "  public override int GetHashCode()",
                "  public override string ToString()",
                "  public static bool operator ==(EEiC.Core.Tests.ApiSamples.SamplePoint left, EEiC.Core.Tests.ApiSamples.SamplePoint right)",
                "  public static bool operator !=(EEiC.Core.Tests.ApiSamples.SamplePoint left, EEiC.Core.Tests.ApiSamples.SamplePoint right)",
            ],
            Render(typeof(SamplePoint), typeof(SampleExtensions), typeof(SampleMutable)));
    }

    [Fact]
    public void Visible_types_are_public_types_and_protected_types_nested_in_unsealed_public_types()
    {
        var visible = PublicApiSnapshot.GetVisibleTypes(typeof(SampleRecord).Assembly)
            .Where(t => t.Namespace == typeof(SampleRecord).Namespace)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "EEiC.Core.Tests.ApiSamples.ISampleParser`1",
                "EEiC.Core.Tests.ApiSamples.ISampleSource`1",
                "EEiC.Core.Tests.ApiSamples.SampleBaseRecord",
                "EEiC.Core.Tests.ApiSamples.SampleCallback`2",
                "EEiC.Core.Tests.ApiSamples.SampleClass",
                "EEiC.Core.Tests.ApiSamples.SampleClass+Nested",
                "EEiC.Core.Tests.ApiSamples.SampleClass+ProtectedNested",
                "EEiC.Core.Tests.ApiSamples.SampleExtensions",
                "EEiC.Core.Tests.ApiSamples.SampleFlags",
                "EEiC.Core.Tests.ApiSamples.SampleGeneric`1",
                "EEiC.Core.Tests.ApiSamples.SampleGeneric`1+Inner`1",
                "EEiC.Core.Tests.ApiSamples.SampleKind",
                "EEiC.Core.Tests.ApiSamples.SampleMutable",
                "EEiC.Core.Tests.ApiSamples.SamplePoint",
                "EEiC.Core.Tests.ApiSamples.SampleRecord",
                "EEiC.Core.Tests.ApiSamples.SampleSealed",
            ],
            visible);
    }

    [Fact]
    public void Types_are_sorted_ordinally_whatever_the_input_order()
    {
        var types = PublicApiSnapshot.GetVisibleTypes(typeof(SampleRecord).Assembly)
            .Where(t => t.Namespace == typeof(SampleRecord).Namespace)
            .ToList();
        var forward = PublicApiSnapshot.RenderTypes(types);
        types.Reverse();

        Assert.Equal(forward, PublicApiSnapshot.RenderTypes(types));
        var declarations = forward.Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();
        Assert.Equal(16, declarations.Count);
        Assert.Equal("public interface EEiC.Core.Tests.ApiSamples.ISampleParser<TSelf> where TSelf : EEiC.Core.Tests.ApiSamples.ISampleParser<TSelf>", declarations[0]);
        Assert.Equal("public sealed class EEiC.Core.Tests.ApiSamples.SampleSealed : EEiC.Core.Tests.ApiSamples.SampleClass", declarations[^1]);
    }

    [Fact]
    public void Render_starts_with_a_generated_header_that_says_how_to_regenerate()
    {
        var text = PublicApiSnapshot.Render(typeof(SampleRecord).Assembly);
        var header = text[..text.IndexOf('\n', StringComparison.Ordinal)];

        Assert.StartsWith("// Generated public API of EEiC.Core.Tests (.NETCoreApp,Version=v10.0 build); do not edit.", header, StringComparison.Ordinal);
        Assert.EndsWith("EEIC_UPDATE_API=1 dotnet test EEiC.sln -c Release", header, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unified_diff_marks_added_and_removed_lines_with_context()
    {
        string[] before = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        string[] after = ["a", "b", "c", "d", "E", "f", "g", "h", "i", "j", "k"];

        var diff = PublicApiSnapshot.UnifiedDiff(before, after, context: 2);

        // Changes more than 2 * context lines apart go to separate hunks, as in diff -u.
        Assert.Equal(
            "@@ -3,5 +3,5 @@\n c\n d\n-e\n+E\n f\n g\n@@ -9,2 +9,3 @@\n i\n j\n+k\n",
            diff);
    }

    [Fact]
    public void Unified_diff_splits_distant_changes_into_hunks()
    {
        var before = Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var after = before.Select(l => l is "2" or "18" ? l + "!" : l).ToArray();

        var diff = PublicApiSnapshot.UnifiedDiff(before, after, context: 1);

        Assert.Equal("@@ -1,3 +1,3 @@\n 1\n-2\n+2!\n 3\n@@ -17,3 +17,3 @@\n 17\n-18\n+18!\n 19\n", diff);
    }

    [Fact]
    public void Unified_diff_of_equal_inputs_is_empty()
    {
        Assert.Equal(string.Empty, PublicApiSnapshot.UnifiedDiff(["x", "y"], ["x", "y"]));
    }

    [Fact]
    public void Repository_root_is_the_folder_with_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(PublicApiSnapshot.FindRepositoryRoot(), "EEiC.sln")));
    }
}
