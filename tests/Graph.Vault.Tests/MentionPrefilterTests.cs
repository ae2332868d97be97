using Graph.Testing;
using Graph.Vault.People;

namespace Graph.Vault.Tests;

// The cheap per-line tests of the people pass must never pass over a line the full reading would take: over the corpus,
// every line they reject is read in full as well, and finding anything there throws.
public sealed class MentionPrefilterTests
{
    [Fact]
    public void The_shortcuts_of_the_people_pass_change_nothing_on_the_corpus()
    {
        var root = SharedData.Require("corpus/museumxtd");
        var misses = new System.Collections.Concurrent.ConcurrentQueue<string>();
        PrefilterCheck.Misses = misses;
        try
        {
            var model = VaultReader.Read(root, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Contains(model.Notes, n => n.People.Any(p => p.Role == Model.MentionRole.Speaker));
            Assert.Contains(model.Notes, n => n.Quotations.Count > 0);
        }
        finally { PrefilterCheck.Misses = null; }
        Assert.Empty(misses);
    }
}
