using System.Text;
using EEiC.Testing;
using EEiC.Tools.Audit;

namespace EEiC.Tools.Tests.Audit.Samples;

/// <summary>
/// The embedded SYNTHETIC samples are exactly what <see cref="SampleGenerator"/> produces. Set <c>EEIC_UPDATE_SAMPLE=1</c>
/// to rewrite them in <c>src/EEiC.Tools/Audit/Samples/</c> (then rebuild, rerun without it and review the diff).
/// </summary>
public sealed class SampleGeneratorTests
{
    private const string UpdateVariable = "EEIC_UPDATE_SAMPLE";

    [Fact]
    public void The_embedded_cardiac_rehabilitation_sample_is_the_generator_output() =>
        Verify(AuditSamples.CardiacRehabilitationResource, SampleGenerator.CardiacRehabilitationCsv());

    [Fact]
    public void The_embedded_national_reference_is_the_generator_output() =>
        Verify(AuditSamples.CardiacRehabilitationReferenceResource, SampleGenerator.NationalReferenceCsv());

    [Fact]
    public void The_generator_is_deterministic() =>
        Assert.Equal(SampleGenerator.CardiacRehabilitationCsv(), SampleGenerator.CardiacRehabilitationCsv());

    private static void Verify(string resource, string generated)
    {
        if (Environment.GetEnvironmentVariable(UpdateVariable) is "1" or "true")
        {
            var path = Path.Combine(PublicApiSnapshot.FindRepositoryRoot(), "src", "EEiC.Tools", "Audit", "Samples", resource);
            File.WriteAllText(path, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        var embedded = AuditSamples.ResourceText(resource).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(embedded == generated,
            $"The embedded sample '{resource}' differs from SampleGenerator's output; regenerate with {UpdateVariable}=1 dotnet test tests/EEiC.Tools.Tests -c Release --filter FullyQualifiedName~SampleGeneratorTests, rebuild and review the diff.");
        Assert.True(generated.Length < 500_000, $"the sample is {generated.Length:N0} characters; keep it under 500 KB");
    }
}
