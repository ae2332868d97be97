namespace Graph.Publishing.Pages;

/// <summary>The pages' one stylesheet, inline so that a page is one request and needs nothing else.</summary>
internal static class PageStyle
{
    public const string Css = """
        <style>
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
        header{padding:.6rem 1.2rem;background:#24364b}header a{color:#fff;text-decoration:none;font-weight:600}
        main{max-width:60rem;margin:0 auto;padding:1rem 1.2rem}
        h1{margin:.4rem 0}.iri{color:#555;word-break:break-all}.types{color:#555}
        .text{border-left:3px solid #d0d7de;padding-left:1rem;white-space:pre-line}
        table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #eee}
        th{width:14rem;font-weight:500;color:#333}td ul{margin:0;padding-left:1.1rem}
        footer{max-width:60rem;margin:0 auto;padding:1rem 1.2rem;color:#555}
        </style>

        """;
}
