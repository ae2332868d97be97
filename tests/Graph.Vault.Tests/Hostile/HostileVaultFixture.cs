using Graph.Testing;
using Graph.Vault.Model;

namespace Graph.Vault.Tests.Hostile;

/// <summary>The hostile vault (without the 50 MB note and the 10,000 notes), built and read once for its tests.</summary>
public sealed class HostileVaultFixture : IDisposable
{
    public HostileVaultFixture()
    {
        Vault = HostileVault.Create();
        Model = VaultReader.Read(Vault.Root);
    }

    public HostileVault Vault { get; }

    public VaultModel Model { get; }

    public Note? Note(string path) => Model.Notes.FirstOrDefault(n => n.Path == path);

    public void Dispose() => Vault.Dispose();
}
