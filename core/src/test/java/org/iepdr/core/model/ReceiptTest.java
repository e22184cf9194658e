package org.iepdr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.core.testing.Fixtures.at;

import org.junit.jupiter.api.Test;

/** {@link Receipt#brings}: which receipts put a request in a recipient's hands. */
class ReceiptTest {

  private static Receipt receipt(Recipient to, Receipt.Via via) {
    return Receipt.builder().id("r").request("dp").recipient(to).via(via).at(at("2026-03-05")).build();
  }

  @Test
  void aDeliveredOrForwardedCopyBringsTheRequestToItsRecipientOnly() {
    for (Receipt.Via via : new Receipt.Via[] {Receipt.Via.DELIVERED, Receipt.Via.FORWARDED}) {
      Receipt r = receipt(Recipient.LEA, via);
      assertThat(r.brings("dp", Recipient.LEA)).isTrue();
      assertThat(r.brings("dp", Recipient.STATE_AGENCY)).isFalse();
      assertThat(r.brings("other", Recipient.LEA)).isFalse();
    }
  }

  @Test
  void aVerificationOfAnEarlierReceiptBringsNothing() {
    assertThat(receipt(Recipient.LEA, Receipt.Via.VERIFIED).brings("dp", Recipient.LEA)).isFalse();
  }
}
