package vn.cps.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server for the local stack that accepts every mail and keeps none:
 * {@code LocalMailSink <port>}. notification-service sends through it as through a real relay, so
 * the stack and its benchmarks pay the real SMTP client's cost and memory stays flat (Quarkus' mock
 * mailer keeps every mail it was given in memory). Plain SMTP on 127.0.0.1, no TLS, no auth.
 */
public final class LocalMailSink implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mail-sink-connection");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong accepted = new AtomicLong();

    public LocalMailSink(int port) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "mail-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Mails taken in full (ended with a lone dot) since the start. */
    public long accepted() {
        return accepted.get();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LocalMailSink <port>");
            System.exit(2);
        }
        LocalMailSink sink = new LocalMailSink(Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("mail sink stopping after " + sink.accepted() + " mails");
            sink.close();
        }));
        System.out.println("mail sink ready on 127.0.0.1:" + sink.port());
        Thread.currentThread().join();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("mail sink: accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 cps-local-mail-sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-cps-local-mail-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "HELO" -> reply(out, "250 cps-local-mail-sink");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String body;
                        while ((body = in.readLine()) != null && !body.equals(".")) {
                            // discarded: the sink keeps nothing
                        }
                        if (body == null) {
                            return;
                        }
                        accepted.incrementAndGet();
                        reply(out, "250 OK accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away; nothing is kept, so nothing is lost
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.shutdownNow();
    }
}
