using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Tests;

/// <summary>Conventions of DESIGN.md §5 over the public types of EEiC.Tools.</summary>
public sealed class ToolsConventionTests
{
    private static readonly Type[] Public = typeof(ToolDefinition).Assembly.GetExportedTypes();

    [Fact]
    public void The_five_namespaces_have_public_types()
    {
        Assert.Equal(["EEiC.Tools.Audit", "EEiC.Tools.Definitions", "EEiC.Tools.Evaluation", "EEiC.Tools.Serialization", "EEiC.Tools.Suite"], Public.Select(t => t.Namespace!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_enum_serialises_as_names_and_runs_from_zero()
    {
        Assert.All(Public.Where(t => t.IsEnum), e =>
        {
            Assert.Equal(typeof(JsonStringEnumConverter<>).MakeGenericType(e), e.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType);
            Assert.Equal(Enumerable.Range(0, Enum.GetValues(e).Length), Enum.GetValues(e).Cast<object>().Select(Convert.ToInt32));
        });
    }

    [Fact]
    public void Classes_are_sealed_records_static_classes_or_exceptions_without_public_setters()
    {
        foreach (var type in Public.Where(t => t.IsClass))
        {
            var isStatic = type.IsAbstract && type.IsSealed;
            var isRecord = type.GetMethod("<Clone>$") is not null;
            var isException = typeof(Exception).IsAssignableFrom(type);
            Assert.True(isStatic || type.IsSealed, $"{type.Name} must be sealed or static");
            Assert.True(isStatic || isRecord || isException || type == typeof(ToolLibrary), $"{type.Name} must be a record");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true })
                {
                    Assert.True(setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)), $"{type.Name}.{property.Name} has a public setter");
                }
            }
        }
    }
}
