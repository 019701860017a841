package vn.cps.kafkaruntime;

import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.kafka.common.Uuid;

/**
 * Formats a KRaft node's storage under a new cluster id. The id comes from Kafka's own generator,
 * which never yields an id that begins with {@code -}: the storage tool's argument parser would
 * read such an id as an option (one random Base64 id in 64 does). The id is also passed as
 * {@code --cluster-id=ID}, which the parser never splits.
 */
public final class StorageFormat {

    private StorageFormat() {
    }

    public static String newClusterId() {
        return Uuid.randomUuid().toString();
    }

    /** Formats the log directories named in {@code config}; 0 when done. */
    public static int format(Path config, String clusterId, PrintStream out) {
        return kafka.tools.StorageTool.execute(
                new String[] {"format", "--cluster-id=" + clusterId, "--config", config.toString()}, out);
    }

    /** {@code StorageFormat server.properties}: formats with a new cluster id and exits with the tool's status. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StorageFormat <server.properties>");
            System.exit(2);
        }
        String clusterId = newClusterId();
        System.out.println("cluster id " + clusterId);
        int status;
        try {
            status = format(Path.of(args[0]), clusterId, System.out);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
