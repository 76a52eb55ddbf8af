package org.casebridge.bench.pipeline;

import java.util.Arrays;

import org.apache.kafka.tools.ProducerPerformance;

/**
 * Kafka's ProducerPerformance run twice in one JVM, a warm-up of W records and then the measured run, so that it
 * is measured with a warm JIT as the pipeline is (ProducerPerformance 4.1 has no warm-up option). PipelineBenchmark
 * starts it as a child JVM, as an operator would start the tool, and reads the summary after {@link #MEASURED}.
 * <pre>WarmProducerPerformance W &lt;ProducerPerformance arguments, with --num-records N&gt;</pre>
 */
public final class WarmProducerPerformance {

    static final String WARM_UP = "== ProducerPerformance warm-up run";
    static final String MEASURED = "== ProducerPerformance measured run";
    private static final String NUM_RECORDS = "--num-records";

    private WarmProducerPerformance() {
    }

    public static void main(String[] args) throws Exception {
        int warmUpRecords = Integer.parseInt(args[0]);
        String[] measured = Arrays.copyOfRange(args, 1, args.length);
        if (warmUpRecords > 0) {
            System.out.println(WARM_UP);
            ProducerPerformance.main(withRecords(measured, warmUpRecords));
        }
        System.out.println(MEASURED);
        ProducerPerformance.main(measured);
    }

    private static String[] withRecords(String[] args, int records) {
        String[] changed = args.clone();
        int index = Arrays.asList(changed).indexOf(NUM_RECORDS);
        if (index < 0 || index + 1 == changed.length) {
            throw new IllegalArgumentException("the arguments lack " + NUM_RECORDS + " N: " + Arrays.toString(args));
        }
        changed[index + 1] = Integer.toString(records);
        return changed;
    }
}
