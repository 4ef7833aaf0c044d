package io.callcenter.demo.world;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The audio of a simulated recording: the demo records nothing, so it synthesizes a short, quiet two-tone
 * 16-bit PCM mono WAV of the recording's length (8 kHz for {@code wav}, 16 kHz for {@code wav16}, as Asterisk writes them).
 */
final class WavFile {

    static final int MAX_SECONDS = 30;

    private WavFile() {
    }

    static byte[] synthesize(int seconds, int sampleRate) {
        int samples = Math.max(1, Math.min(seconds, MAX_SECONDS)) * sampleRate;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            // alternate 440/480 Hz every half second, about -18 dBFS: audibly "a recording", not silence
            double hz = (i / (sampleRate / 2)) % 2 == 0 ? 440 : 480;
            b.putShort((short) (4000 * Math.sin(2 * Math.PI * hz * i / sampleRate)));
        }
        return b.array();
    }
}
