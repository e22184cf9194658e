package org.iepdr.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins the simulation's random numbers: {@code mix64} is the SplitMix64 finaliser of
 * {@link SplittableRandom}, a dispute's key is the index-th value of a SplittableRandom stream seeded
 * from the population's seed, and each purpose reads its own uniform in [0, 1) from the top 53 bits.
 */
class RandomStreamTest {

  /** SplittableRandom's increment (the golden gamma): its n-th nextLong() is mix64(seed + n * GOLDEN). */
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  @Test
  void mix64IsTheFinaliserOfSplittableRandom() {
    for (long seed : new long[] {0L, 1L, 42L, -7L, Long.MAX_VALUE, 0x123456789abcdefL}) {
      // new SplittableRandom(s).nextLong() == mix64(s + GOLDEN) (JDK 17 source of SplittableRandom)
      assertThat(SimulationModel.mix64(seed + GOLDEN)).as("seed %d", seed)
          .isEqualTo(new SplittableRandom(seed).nextLong());
    }
    assertThat(SimulationModel.mix64(0L)).isZero(); // every step maps 0 to 0
  }

  @Test
  void aDisputesKeyIsTheIndexThValueOfTheSeedsStream() {
    long seed = 20260901L;
    SplittableRandom stream = new SplittableRandom(SimulationModel.mix64(seed));
    for (long index = 1; index <= 5; index++) {
      assertThat(SimulationModel.disputeKey(seed, index)).as("index %d", index).isEqualTo(stream.nextLong());
    }
    assertThat(SimulationModel.disputeKey(seed, 0)).isEqualTo(SimulationModel.mix64(SimulationModel.mix64(seed)));
    assertThat(SimulationModel.disputeKey(seed, 1)).isNotEqualTo(SimulationModel.disputeKey(seed + 1, 1));
  }

  @Test
  void theInverseUsedByTheTestsUndoesTheFinaliser() {
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 100; i++) {
      long z = r.nextLong();
      assertThat(Testland.unmix(SimulationModel.mix64(z))).isEqualTo(z);
    }
    long key = 0x5eedL;
    assertThat(SimulationModel.disputeKey(Testland.seedFor(key), 0)).isEqualTo(key);
  }

  @Test
  void eachSlotIsTheTop53BitsOfItsOwnCounter() {
    int slot = 19;
    // slot s reads mix64(key + (s + 1) * SLOT_GAMMA); its top 53 bits scaled by 2^-53
    assertThat(SimulationModel.uniform(Testland.keyFor(slot, Testland.U_ZERO), slot)).isEqualTo(0.0);
    assertThat(SimulationModel.uniform(Testland.keyFor(slot, Testland.U_QUARTER), slot)).isEqualTo(0.25);
    assertThat(SimulationModel.uniform(Testland.keyFor(slot, Testland.U_HALF), slot)).isEqualTo(0.5);
    assertThat(SimulationModel.uniform(Testland.keyFor(slot, Testland.U_MAX), slot))
        .isEqualTo(1.0 - 0x1.0p-53).isLessThan(1.0);
    // 0x0000_0800_0000_0000 >>> 11 == 2^32, so the uniform is 2^32 * 2^-53 = 2^-21
    assertThat(SimulationModel.uniform(Testland.keyFor(slot, 1L << 43), slot)).isEqualTo(0x1.0p-21);
    // the same key read at the neighbouring slots gives other draws
    long key = Testland.keyFor(slot, Testland.U_ZERO);
    assertThat(SimulationModel.uniform(key, slot - 1)).isNotEqualTo(0.0);
    assertThat(SimulationModel.uniform(key, slot + 1)).isNotEqualTo(0.0);
  }

  @Test
  void uniformsAreSpreadOverTheUnitInterval() {
    int n = 20_000;
    int[] bins = new int[10];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double u = SimulationModel.uniform(SimulationModel.disputeKey(3, i), 7);
      assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      bins[(int) (u * 10)]++;
      sum += u;
    }
    // each decile expects 2,000 (sd about 42): 1,800 to 2,200 is nearly 5 sd wide
    for (int b : bins) {
      assertThat(b).isBetween(1_800, 2_200);
    }
    // the mean of n uniforms has sd 1/sqrt(12 n) = 0.002
    assertThat(sum / n).isBetween(0.49, 0.51);
  }
}
