using Graph.Bench.DataGen;
using Graph.Core.Terms;
using Graph.IO;
using Graph.IO.RdfXml;

namespace Graph.Benchmarks;

/// <summary>
/// One-shot RDF/XML speed: writes the synthetic graph with <see cref="RdfXmlWriter"/> to a temporary file, then reads
/// it back with <see cref="RdfXmlReader"/> into a counting sink, three times each; prints MB/s by wall time and by
/// process CPU time (steadier on a shared machine), and the raw <see cref="System.Xml.XmlReader"/> pass over the same
/// file as the floor the reader is built on.
/// </summary>
internal static class RdfXmlMeasurement
{
    public static int Run(int triples)
    {
        var quads = new SyntheticGraph(triples).Generate().ToList();
        var path = Path.Combine(Path.GetTempPath(), $"graph-bench-{Environment.ProcessId}.rdf");
        try
        {
            for (var run = 0; run < 3; run++)
            {
                var (wall, cpu) = CpuClock.Measure(() =>
                {
                    using var file = File.Create(path);
                    new RdfXmlWriter().Write(quads, file, new RdfWriterOptions());
                });
                var megabytes = new FileInfo(path).Length / 1e6;
                Report("write", quads.Count, megabytes, wall, cpu);

                var counter = new Counter();
                (wall, cpu) = CpuClock.Measure(() =>
                {
                    using var file = File.OpenRead(path);
                    new RdfXmlReader().Read(file, counter, new RdfReaderOptions());
                });
                Report("read", counter.Count, megabytes, wall, cpu);

                (wall, cpu) = CpuClock.Measure(() => RawXml(path));
                Report("raw XmlReader", counter.Count, megabytes, wall, cpu);
            }
        }
        finally
        {
            File.Delete(path);
        }
        return 0;
    }

    private static void Report(string what, long count, double megabytes, double wall, double cpu) =>
        Console.WriteLine($"{what}: {count:N0} triples, {megabytes:F1} MB; wall {wall:F2} s = {megabytes / wall:F0} MB/s; cpu {cpu:F2} s = {megabytes / cpu:F0} MB/s");

    private static void RawXml(string path)
    {
        using var xml = System.Xml.XmlReader.Create(path, new System.Xml.XmlReaderSettings { XmlResolver = null });
        while (xml.Read())
        {
            if (xml.NodeType == System.Xml.XmlNodeType.Text) _ = xml.Value;
            else if (xml.NodeType == System.Xml.XmlNodeType.Element && xml.MoveToFirstAttribute())
            {
                do _ = xml.Value;
                while (xml.MoveToNextAttribute());
            }
        }
    }

    private sealed class Counter : IQuadSink
    {
        public long Count;

        public void OnQuad(in Quad quad) => Count++;
    }
}
