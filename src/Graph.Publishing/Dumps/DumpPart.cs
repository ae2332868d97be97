namespace Graph.Publishing.Dumps;

/// <summary>One gzip-compressed N-Quads file of a bulk dump.</summary>
/// <param name="File">File name inside the dump folder (<c>graph-0001.nq.gz</c>).</param>
/// <param name="Bytes">Size of the compressed file.</param>
/// <param name="Quads">Quads in the file.</param>
/// <param name="Sha256">SHA-256 of the compressed file, lower-case hex.</param>
public sealed record DumpPart(string File, long Bytes, long Quads, string Sha256);
