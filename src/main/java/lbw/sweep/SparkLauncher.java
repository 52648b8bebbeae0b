package lbw.sweep;

/** Finds the Spark executor, which lives outside the main jar so that Spark stays off the notebook kernel's class path. */
final class SparkLauncher {

    /** The Spark executor's class, compiled from src/spark/java into target/spark. */
    static final String SPARK_EXECUTOR = "lbw.sweep.spark.SparkExecutor";

    private SparkLauncher() {
    }

    static SweepExecutor executor(String master) {
        try {
            Class<?> c = Class.forName(SPARK_EXECUTOR);
            return (SweepExecutor) c.getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException("the Spark executor is not on the class path: run through ./workbench solve "
                    + "--executor spark, which adds target/spark", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }
}
