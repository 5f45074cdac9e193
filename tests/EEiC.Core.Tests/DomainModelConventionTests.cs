using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using EEiC.Commissioning;

namespace EEiC.Core.Tests;

/// <summary>Conventions of DESIGN.md §5 checked over the public domain-model types of EEiC.Core.</summary>
public class DomainModelConventionTests
{
    private static readonly string[] Namespaces = ["EEiC.Commissioning", "EEiC.Indicators", "EEiC.Evidence", "EEiC.Organisations"];

    private static IEnumerable<Type> DomainTypes() =>
        typeof(CommissioningPhase).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace));

    [Fact]
    public void Each_namespace_has_public_types()
    {
        Assert.All(Namespaces, ns => Assert.Contains(DomainTypes(), t => t.Namespace == ns));
    }

    [Fact]
    public void Every_enum_serialises_as_names()
    {
        var enums = DomainTypes().Where(t => t.IsEnum).ToArray();
        Assert.NotEmpty(enums);
        Assert.All(enums, e =>
        {
            var attribute = e.GetCustomAttribute<JsonConverterAttribute>();
            Assert.True(attribute is not null, $"{e.Name} lacks [JsonConverter]");
            Assert.Equal(typeof(JsonStringEnumConverter<>).MakeGenericType(e), attribute!.ConverterType);
        });
    }

    [Fact]
    public void Enum_values_run_from_zero_without_gaps()
    {
        Assert.All(DomainTypes().Where(t => t.IsEnum), e =>
            Assert.Equal(Enumerable.Range(0, Enum.GetValues(e).Length), Enum.GetValues(e).Cast<object>().Select(Convert.ToInt32)));
    }

    [Fact]
    public void Classes_are_sealed_records_or_static_catalogues_without_public_setters()
    {
        foreach (var type in DomainTypes().Where(t => t.IsClass))
        {
            var isStatic = type.IsAbstract && type.IsSealed;
            var isRecord = type.GetMethod("<Clone>$") is not null;
            Assert.True(isStatic || (type.IsSealed && isRecord), $"{type.Name} must be a sealed record or a static class");

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var setter = property.SetMethod;
                if (setter is null || !setter.IsPublic)
                {
                    continue;
                }

                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(initOnly && !setter.IsStatic, $"{type.Name}.{property.Name} has a public setter");
            }

            Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance), f => !f.IsLiteral);
        }
    }

    [Fact]
    public void Records_have_a_constructor_whose_parameters_match_their_properties()
    {
        foreach (var type in DomainTypes().Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed)))
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var parameter in constructor.GetParameters())
            {
                var property = type.GetProperty(parameter.Name!);
                Assert.True(property is not null, $"{type.Name}({parameter.Name}) has no matching property");
                Assert.Equal(parameter.ParameterType, property!.PropertyType);
            }
        }
    }
}
