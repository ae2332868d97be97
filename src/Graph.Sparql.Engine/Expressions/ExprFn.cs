using Graph.Core.Terms;
using Graph.Sparql.Engine.Evaluation;

namespace Graph.Sparql.Engine.Expressions;

/// <summary>A compiled expression: its value for a row, or null for an error (or an unbound variable).</summary>
internal delegate Term? ExprFn(int[] row, ActiveGraph graph, EvalContext ctx);
