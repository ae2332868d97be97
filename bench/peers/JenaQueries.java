// Warm per-query timings for Apache Jena ARQ (Debian libapache-jena-java), same protocol as
// bench/Graph.Benchmarks/QueryMeasurement.cs: load into an in-memory dataset once, 3 untimed runs, 20 timed,
// print best and median ms. Compiled and run by bench/bsbm.sh against bench/jena-classpath.sh.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;

public final class JenaQueries {
    public static void main(String[] args) throws Exception {
        Dataset dataset = DatasetFactory.createTxnMem();
        long start = System.nanoTime();
        RDFDataMgr.read(dataset, args[0]);
        System.err.printf("jena: loaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
        for (int q = 1; q < args.length; q++) {
            String text = Files.readString(Path.of(args[q]));
            double[] times = new double[20];
            long rows = 0;
            for (int i = -3; i < 20; i++) {
                start = System.nanoTime();
                rows = run(text, dataset);
                if (i >= 0) times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            String name = Path.of(args[q]).getFileName().toString().replace(".rq", "");
            System.out.printf("jena\t%s\t%.2f\t%.2f\t%d%n", name, times[0], times[10], rows);
        }
    }

    // Parse, plan and evaluate the query and materialise every solution or statement.
    private static long run(String text, Dataset dataset) {
        var query = QueryFactory.create(text);
        try (QueryExecution exec = QueryExecutionFactory.create(query, dataset)) {
            if (query.isSelectType()) {
                ResultSet results = exec.execSelect();
                long n = 0;
                while (results.hasNext()) { results.next(); n++; }
                return n;
            }
            if (query.isAskType()) return exec.execAsk() ? 1 : 0;
            if (query.isConstructType()) return exec.execConstruct().size();
            return exec.execDescribe().size();
        }
    }
}
