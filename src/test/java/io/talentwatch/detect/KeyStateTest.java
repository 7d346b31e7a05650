package io.talentwatch.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.SpikeSettings;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.runtime.PojoSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class KeyStateTest {
    /** A state with learned profiles and an open spike: every component set. */
    private static KeyState busy(SpikeSettings settings) {
        Series s = new Series(settings);
        s.add(3 * 96, i -> 10 + Series.hourOf(i));
        s.add(200);
        assertThat(s.state.hasOpenSpike()).isTrue();
        return s.state;
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        KeyState state = busy(SpikeSettings.defaults());

        Object back = KeyStates.fromJava(KeyStates.javaBytes(state));

        assertThat(back).isEqualTo(state).isNotSameAs(state);
        Series s = Series.defaults();
        assertThat(s.detector.observe((KeyState) back, state.lastStepEnd() + Series.STEP_MS, 50))
                .isEqualTo(s.detector.observe(state, state.lastStepEnd() + Series.STEP_MS, 50));
    }

    @Test
    void flinkSerializesItAsAPojoInTheDocumentedSize() throws Exception {
        TypeSerializer<KeyState> serializer = TypeInformation.of(KeyState.class).createSerializer(new ExecutionConfig());
        assertThat(serializer).isInstanceOf(PojoSerializer.class);

        assertThat(flinkBytes(serializer, busy(SpikeSettings.defaults()))).isEqualTo(640);
        SpikeSettings flat = new SpikeSettings(null, null, null, null, null, null, false, false, null, null);
        assertThat(flinkBytes(serializer, busy(flat))).isEqualTo(144);

        KeyState state = busy(SpikeSettings.defaults());
        DataOutputSerializer out = new DataOutputSerializer(512);
        serializer.serialize(state, out);
        assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()))).isEqualTo(state);
    }

    private static int flinkBytes(TypeSerializer<KeyState> serializer, KeyState state) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(512);
        serializer.serialize(state, out);
        return out.length();
    }
}
