using Graph.Core.Terms;
using Graph.Sparql.Algebra;

namespace Graph.Sparql.Syntax;

internal sealed partial class QueryParser
{
    // In an update request a blank node label may not be shared by two WHERE clauses nor by two INSERT DATA operations;
    // templates may share them (SPARQL 1.1 Query §19.6, note on blank node labels in updates).
    private int _updateOperation = -1;
    private readonly Dictionary<string, int> _labelOperation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dataLabelOperation = new(StringComparer.Ordinal);
    private bool _deleteData;

    // [3] UpdateUnit ::= Update
    // [29] Update ::= Prologue ( Update1 ( ';' Update )? )?
    public UpdateRequest ParseUpdateUnit()
    {
        var ops = new List<UpdateOperation>();
        while (true)
        {
            Prologue();
            if (Current.Kind == TokenKind.End) break;
            _updateOperation = ops.Count;
            ops.Add(Update1());
            if (!TryPunct(";")) break;
        }
        if (Current.Kind != TokenKind.End) Fail("';' or end of update");
        return new UpdateRequest(ops, _base, PrefixSnapshot());
    }

    // [30] Update1 ::= Load | Clear | Drop | Add | Move | Copy | Create | InsertData | DeleteData | DeleteWhere | Modify
    private UpdateOperation Update1()
    {
        if (TryKeyword("LOAD"))
        {
            // [31] Load ::= 'LOAD' 'SILENT'? iri ( 'INTO' GraphRef )?
            var silent = TryKeyword("SILENT");
            var source = Iri();
            Iri? into = null;
            if (TryKeyword("INTO")) { ExpectKeyword("GRAPH"); into = Iri(); }
            return new Load(source, into, silent);
        }
        foreach (var (kw, kind) in new[] { ("CLEAR", GraphManagementKind.Clear), ("DROP", GraphManagementKind.Drop), ("CREATE", GraphManagementKind.Create) })
        {
            if (!TryKeyword(kw)) continue;
            // [32] Clear ::= 'CLEAR' 'SILENT'? GraphRefAll   [33] Drop ::= …   [34] Create ::= 'CREATE' 'SILENT'? GraphRef
            var silent = TryKeyword("SILENT");
            var target = kind == GraphManagementKind.Create ? GraphRef() : GraphRefAll();
            return new GraphManagement(kind, target, silent);
        }
        foreach (var (kw, kind) in new[] { ("ADD", GraphTransferKind.Add), ("MOVE", GraphTransferKind.Move), ("COPY", GraphTransferKind.Copy) })
        {
            if (!TryKeyword(kw)) continue;
            // [35] Add ::= 'ADD' 'SILENT'? GraphOrDefault 'TO' GraphOrDefault
            var silent = TryKeyword("SILENT");
            var from = GraphOrDefault();
            ExpectKeyword("TO");
            return new GraphTransfer(kind, from, GraphOrDefault(), silent);
        }
        if (IsKeyword("INSERT") && IsKeyword(PeekToken(), "DATA"))
        {
            // [38] InsertData ::= 'INSERT DATA' QuadData
            _i += 2;
            return new InsertData(QuadData(deleting: false));
        }
        if (IsKeyword("DELETE") && IsKeyword(PeekToken(), "DATA"))
        {
            // [39] DeleteData ::= 'DELETE DATA' QuadData
            _i += 2;
            return new DeleteData(QuadData(deleting: true));
        }
        if (IsKeyword("DELETE") && IsKeyword(PeekToken(), "WHERE"))
        {
            // [40] DeleteWhere ::= 'DELETE WHERE' QuadPattern
            _i += 2;
            var quads = QuadPattern(TemplateMode.NoBlankNodes);
            var pattern = QuadsToPattern(quads);
            return new Modify(null, quads, [], null, pattern);
        }
        if (IsKeyword("WITH") || IsKeyword("DELETE") || IsKeyword("INSERT")) return Modify();
        Fail("an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY, WITH)");
        return null;
    }

    // [41] Modify ::= ( 'WITH' iri )? ( DeleteClause InsertClause? | InsertClause ) UsingClause* 'WHERE' GroupGraphPattern
    private Modify Modify()
    {
        Iri? with = null;
        if (TryKeyword("WITH")) with = Iri();
        IReadOnlyList<QuadPattern> delete = [], insert = [];
        // [42] DeleteClause ::= 'DELETE' QuadPattern   [43] InsertClause ::= 'INSERT' QuadPattern
        if (TryKeyword("DELETE"))
        {
            delete = QuadPattern(TemplateMode.NoBlankNodes);
            if (TryKeyword("INSERT")) insert = QuadPattern(TemplateMode.Template);
        }
        else
        {
            ExpectKeyword("INSERT");
            insert = QuadPattern(TemplateMode.Template);
        }
        // [44] UsingClause ::= 'USING' ( iri | 'NAMED' iri )
        var usingDataset = DatasetClauses("USING");
        ExpectKeyword("WHERE");
        var where = GroupGraphPattern();
        return new Modify(with, delete, insert, usingDataset, _builder.TranslateGroup(where));
    }

    // [45] GraphOrDefault ::= 'DEFAULT' | 'GRAPH'? iri
    private GraphTarget GraphOrDefault()
    {
        if (TryKeyword("DEFAULT")) return GraphTarget.Default;
        TryKeyword("GRAPH");
        return new GraphTarget(GraphTargetKind.Graph, Iri());
    }

    // [46] GraphRef ::= 'GRAPH' iri
    private GraphTarget GraphRef()
    {
        ExpectKeyword("GRAPH");
        return new GraphTarget(GraphTargetKind.Graph, Iri());
    }

    // [47] GraphRefAll ::= GraphRef | 'DEFAULT' | 'NAMED' | 'ALL'
    private GraphTarget GraphRefAll()
    {
        if (TryKeyword("DEFAULT")) return GraphTarget.Default;
        if (TryKeyword("NAMED")) return GraphTarget.Named;
        if (TryKeyword("ALL")) return GraphTarget.All;
        if (!IsKeyword("GRAPH")) Fail("GRAPH, DEFAULT, NAMED or ALL");
        return GraphRef();
    }

    // [48] QuadPattern ::= '{' Quads '}'
    private List<QuadPattern> QuadPattern(TemplateMode mode) => Quads(mode);

    // [49] QuadData ::= '{' Quads '}'
    private List<QuadPattern> QuadData(bool deleting)
    {
        _deleteData = deleting;
        try { return Quads(TemplateMode.Data); }
        finally { _deleteData = false; }
    }

    // [50] Quads ::= TriplesTemplate? ( QuadsNotTriples '.'? TriplesTemplate? )*
    // [51] QuadsNotTriples ::= 'GRAPH' VarOrIri '{' TriplesTemplate? '}'
    private List<QuadPattern> Quads(TemplateMode mode)
    {
        ExpectPunct("{");
        var quads = new List<QuadPattern>();
        while (!TryPunct("}"))
        {
            if (TryKeyword("GRAPH"))
            {
                var at = Current;
                var g = VarOrIri();
                if (mode == TemplateMode.Data && g is Variable) Error("Variables are not allowed in INSERT DATA / DELETE DATA", at);
                ExpectPunct("{");
                var triples = new List<SyntaxTriple>();
                if (!IsPunct("}")) TriplesTemplate(triples, mode);
                ExpectPunct("}", "'}' or a triple pattern");
                quads.AddRange(triples.Select(t => new QuadPattern(t.Subject, t.Predicate!, t.Object, g)));
                TryPunct(".");
                continue;
            }
            if (!StartsTriples()) Fail("'}', GRAPH or a triple pattern");
            var ts = new List<SyntaxTriple>();
            TriplesTemplate(ts, mode);
            quads.AddRange(ts.Select(t => new QuadPattern(t.Subject, t.Predicate!, t.Object, null)));
            if (!IsPunct("}") && !IsKeyword("GRAPH")) Fail("'.', '}' or GRAPH");
        }
        return quads;
    }

    /// <summary>DELETE WHERE's pattern: the quads as BGPs, quads of a named graph inside GRAPH (Update §3.1.3.3).</summary>
    private static Op QuadsToPattern(List<QuadPattern> quads)
    {
        Op result = Bgp.Empty;
        foreach (var group in quads.GroupBy(q => q.Graph))
        {
            var bgp = new Bgp(group.Select(q => new TriplePattern(q.Subject, q.Predicate, q.Object)).ToList());
            result = Join.Create(result, group.Key is null ? bgp : new GraphPattern(group.Key, bgp));
        }
        return result;
    }
}
