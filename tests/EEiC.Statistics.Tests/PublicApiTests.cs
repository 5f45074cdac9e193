using System.Reflection;
using EEiC.Testing;

namespace EEiC.Statistics.Tests;

/// <summary>Guards the public API of EEiC.Statistics against unintended changes; see api/EEiC.Statistics.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_snapshot_in_api_folder() =>
        PublicApiSnapshot.Verify(Assembly.Load(new AssemblyName("EEiC.Statistics")));
}
