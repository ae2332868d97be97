namespace Graph.Testing;

/// <summary>Copies of a vault for tests that edit it.</summary>
public static class VaultCopy
{
    /// <summary>
    /// A fresh temporary copy of <c>../shared/corpus/museumxtd</c> (skipping the test when ../shared is absent), file
    /// times kept so that what the converter derives from them (schema:dateModified) is the original's.
    /// </summary>
    public static string OfCorpus(string prefix)
    {
        var source = SharedData.Require("corpus/museumxtd");
        var target = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
            File.SetLastWriteTimeUtc(to, File.GetLastWriteTimeUtc(file));
        }
        return target;
    }
}
