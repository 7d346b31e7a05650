package io.talentwatch.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;

/** Loopback port choice for the local services: a preferred port when free, else any free one. */
public final class Ports {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private Ports() {
    }

    /** {@code preferred} if nothing listens on it, else a free port; {@code 0} means any free port. */
    public static int choose(int preferred, int... taken) {
        if (preferred > 0 && !contains(taken, preferred) && isFree(preferred)) {
            return preferred;
        }
        return anyFree(taken);
    }

    /** A port the kernel considers free now, different from {@code taken}. Another process may still win it. */
    public static int anyFree(int... taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(LOOPBACK, 0));
                int port = socket.getLocalPort();
                if (!contains(taken, port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free loopback port", e);
            }
        }
        throw new IllegalStateException("cannot find a free loopback port");
    }

    /** True when we could listen on the port ourselves, i.e. nobody else listens on it. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Connections left in TIME_WAIT by a stopped server must not count as "in use".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts TCP connections on the port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean contains(int[] ports, int port) {
        return Arrays.stream(ports).anyMatch(p -> p == port);
    }
}
