package vn.cps.kafkaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StorageFormatTest {

    private static final int FORMATS = 200;

    @Test
    void generatedIdsNeverLookLikeAnOption() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = StorageFormat.newClusterId();
            assertFalse(id.startsWith("-"), id);
            assertEquals(22, id.length(), id);
            ids.add(id);
        }
        assertEquals(100_000, ids.size(), "ids repeat");
    }

    @Test
    void storageFormatsWithEveryGeneratedId() throws IOException {
        Path root = runDirectory();
        for (int i = 0; i < FORMATS; i++) {
            assertFormats(root.resolve("generated-" + i), StorageFormat.newClusterId());
        }
    }

    @Test
    void anIdThatBeginsWithADashStillFormats() throws IOException {
        // the id that broke the build: Base64 whose first six bits are 62 encodes as '-'
        byte[] bytes = new byte[16];
        bytes[0] = (byte) 0xF8;
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertTrue(id.startsWith("-"), id);
        assertFormats(runDirectory().resolve("dash"), id);
    }

    private static void assertFormats(Path home, String clusterId) throws IOException {
        Path data = home.resolve("data");
        Files.createDirectories(home);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:19093");
        props.put("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", data.toString());
        Path config = home.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, null);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = StorageFormat.format(config, clusterId, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(0, status, "format with " + clusterId + ": " + printed.toString(StandardCharsets.UTF_8));
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve("meta.properties"))) {
            meta.load(in);
        }
        assertEquals(clusterId, meta.getProperty("cluster.id"));
    }

    /** A fresh folder under target/ for this run, so no earlier run's storage is in the way. */
    private static Path runDirectory() throws IOException {
        return Files.createDirectories(Path.of("target", "storage-format", UUID.randomUUID().toString()).toAbsolutePath());
    }
}
