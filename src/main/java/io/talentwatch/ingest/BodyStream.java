package io.talentwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as it arrives, with a timeout between bytes: the JDK client's own body
 * stream would wait forever on a server that stops sending without closing. Closing it (or a
 * timeout, or an interrupt) cancels the body, which drops the connection.
 */
final class BodyStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
    private static final Object END = new Object();
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final Duration idleTimeout;
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
    private ByteBuffer current = EMPTY;
    private boolean ended;
    private long endAtNanos = Long.MAX_VALUE;
    private long failAtNanos = Long.MAX_VALUE;
    private Duration deadline;

    BodyStream(Flow.Publisher<List<ByteBuffer>> body, Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
        body.subscribe(this);
    }

    /** Reads end (as at the end of the body) once {@code limit} has passed: for a stream read for a while only. */
    void endAfter(Duration limit) {
        endAtNanos = System.nanoTime() + limit.toNanos();
    }

    /**
     * Reads fail once {@code deadlineNanos} (a {@link System#nanoTime()}) has passed: a whole response
     * must arrive in time, however it trickles in.
     */
    void failAt(long deadlineNanos, Duration deadline) {
        this.failAtNanos = deadlineNanos;
        this.deadline = deadline;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (closed) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        arrived.add(throwable);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        return fill() ? current.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, current.remaining());
        current.get(into, offset, n);
        return n;
    }

    @SuppressWarnings("unchecked")
    private boolean fill() throws IOException {
        while (!current.hasRemaining()) {
            if (buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            if (ended || closed) {
                return false;
            }
            Object next = next();
            if (next == END || next == null) {
                ended = true;
                return false;
            }
            if (next instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure);
            }
            buffers = ((List<ByteBuffer>) next).iterator();
            subscription.request(1);
        }
        return true;
    }

    /** The next arrival; null when the time limit is reached; throws when the server went silent. */
    private Object next() throws IOException {
        long left = endAtNanos - System.nanoTime();
        if (left <= 0) {
            close();
            return null;
        }
        long beforeDeadline = failAtNanos - System.nanoTime();
        if (beforeDeadline <= 0) {
            close();
            throw new HttpTimeoutException("the response took longer than " + deadline.toSeconds() + "s");
        }
        long wait = Math.min(Math.min(idleTimeout.toNanos(), left), beforeDeadline);
        Object next;
        try {
            next = arrived.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading a response");
        }
        if (next == null) {
            boolean limitReached = endAtNanos - System.nanoTime() <= 0;
            boolean deadlinePassed = failAtNanos - System.nanoTime() <= 0;
            close();
            if (limitReached) {
                return null;
            }
            if (deadlinePassed) {
                throw new HttpTimeoutException("the response took longer than " + deadline.toSeconds() + "s");
            }
            throw new HttpTimeoutException("the server sent nothing for " + idleTimeout.toSeconds() + "s");
        }
        return next;
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
