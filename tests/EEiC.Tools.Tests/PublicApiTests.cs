using System.Reflection;
using EEiC.Testing;

namespace EEiC.Tools.Tests;

/// <summary>Guards the public API of EEiC.Tools against unintended changes; see api/EEiC.Tools.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_snapshot_in_api_folder() =>
        PublicApiSnapshot.Verify(Assembly.Load(new AssemblyName("EEiC.Tools")));
}
