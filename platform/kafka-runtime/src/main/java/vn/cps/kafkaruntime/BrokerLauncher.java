package vn.cps.kafkaruntime;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs {@code kafka.Kafka} and exits when the parent test JVM goes away (its end of our stdin
 * closes), so a killed test run never leaves an orphan broker behind. The local stack, which
 * runs the broker as a daemon, turns the watch off with {@code -Dcps.watch-parent=false}.
 */
public final class BrokerLauncher {

    private BrokerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("cps.watch-parent", "true"))) {
            kafka.Kafka.main(args);
            return;
        }
        Thread watchdog = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // the parent never writes; EOF means it is gone
                }
            } catch (IOException ignored) {
                // a broken pipe means the same
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }
}
