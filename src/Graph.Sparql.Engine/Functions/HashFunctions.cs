using System.Security.Cryptography;
using System.Text;
using Graph.Core.Terms;
using Graph.Core.Vocabularies;

namespace Graph.Sparql.Engine.Functions;

/// <summary>MD5, SHA1, SHA256, SHA384, SHA512 over the UTF-8 bytes of a simple literal or xsd:string (SPARQL 1.1 §17.4.6).</summary>
public static class HashFunctions
{
    public static Term? Md5(Term? a) => Hash(a, MD5.HashData);

    public static Term? Sha1(Term? a) => Hash(a, SHA1.HashData);

    public static Term? Sha256(Term? a) => Hash(a, SHA256.HashData);

    public static Term? Sha384(Term? a) => Hash(a, SHA384.HashData);

    public static Term? Sha512(Term? a) => Hash(a, SHA512.HashData);

    private static Term? Hash(Term? a, Func<byte[], byte[]> f)
    {
        if (a is not Literal l || l.Language is not null || !l.Datatype.Equals(Xsd.String)) return null;
        return Literal.String(Convert.ToHexStringLower(f(Encoding.UTF8.GetBytes(l.LexicalForm))));
    }
}
