package io.talentwatch.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The sinks' own JSON writer, {@code io.talentwatch.sink.Json.bytes(Object)}: package-private, so
 * reached through a method handle, which the JIT inlines like a direct call. Measuring with the very
 * mapper the sinks use keeps the figure honest if that mapper is ever configured differently.
 */
final class SinkJson {
    private static final MethodHandle BYTES = find();

    private SinkJson() {}

    static byte[] bytes(Object value) {
        try {
            return (byte[]) BYTES.invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle find() {
        try {
            Class<?> json = Class.forName("io.talentwatch.sink.Json");
            return MethodHandles.privateLookupIn(json, MethodHandles.lookup())
                    .findStatic(json, "bytes", MethodType.methodType(byte[].class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the benchmark writes JSON like the sinks do, with "
                    + "io.talentwatch.sink.Json.bytes(Object); follow it in " + SinkJson.class.getName(), e);
        }
    }
}
