using System.Reflection;
using EEiC.Testing;

namespace EEiC.Core.Tests;

/// <summary>Guards the public API of EEiC.Core against unintended changes; see api/EEiC.Core.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_snapshot_in_api_folder() =>
        PublicApiSnapshot.Verify(Assembly.Load(new AssemblyName("EEiC.Core")));
}
