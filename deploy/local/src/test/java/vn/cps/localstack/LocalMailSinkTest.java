package vn.cps.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sink speaks enough SMTP for a mail client: two mails on one connection, as a pooled client sends them. */
class LocalMailSinkTest {

    @Test
    void acceptsMailsOnOneConnectionAndCountsEach() throws Exception {
        try (LocalMailSink sink = new LocalMailSink(0);
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), sink.port())) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("220 ");
            send(out, "EHLO client.test");
            assertThat(in.readLine()).isEqualTo("250-cps-local-mail-sink");
            assertThat(in.readLine()).isEqualTo("250-8BITMIME");
            assertThat(in.readLine()).isEqualTo("250 SMTPUTF8");
            for (int i = 1; i <= 2; i++) {
                send(out, "MAIL FROM:<no-reply@cps.local>");
                assertThat(in.readLine()).isEqualTo("250 OK");
                send(out, "RCPT TO:<officer@ubnd.example.vn>");
                assertThat(in.readLine()).isEqualTo("250 OK");
                send(out, "DATA");
                assertThat(in.readLine()).startsWith("354 ");
                send(out, "Subject: Vụ việc mới " + i + "\r\n\r\nMã vụ việc / Case: 48-2026-00000" + i + "\r\n..a dot-stuffed line\r\n.");
                assertThat(in.readLine()).isEqualTo("250 OK accepted");
                assertThat(sink.accepted()).isEqualTo(i);
            }
            send(out, "VRFY officer");
            assertThat(in.readLine()).startsWith("502 ");
            send(out, "QUIT");
            assertThat(in.readLine()).startsWith("221 ");
            assertThat(in.readLine()).as("the connection after QUIT").isNull();
        }
    }

    private static void send(OutputStream out, String text) throws Exception {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
