package org.iepdr.rules.mississippi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iepdr.rules.mississippi.MsFixtures.LEA;
import static org.iepdr.rules.mississippi.MsFixtures.MS;
import static org.iepdr.rules.mississippi.MsFixtures.PARENT;
import static org.iepdr.rules.mississippi.MsFixtures.caseBuilder;

import java.time.LocalDate;
import java.time.LocalTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.rules.Deadline;

/** For any filing and verification dates, the decision deadline depends on the filing date alone. */
class StateComplaintDecisionProperties {

  @Property
  void theDeadlineIsFilingPlus60WhateverTheVerificationDate(@ForAll @IntRange(min = 0, max = 3650) int filedOffset,
      @ForAll @IntRange(min = 0, max = 200) int verifiedAfter) {
    LocalDate filed = LocalDate.of(2020, 1, 1).plusDays(filedOffset);
    Deadline a = deadline(filed, filed.plusDays(verifiedAfter));
    assertThat(a.triggerDate()).isEqualTo(filed);
    assertThat(a.due()).isEqualTo(filed.plusDays(60));
  }

  private static Deadline deadline(LocalDate filed, LocalDate verified) {
    var c = caseBuilder().addEvents(
        Request.builder().id("sc").kind(RequestKind.STATE_COMPLAINT).filedBy(PARENT)
            .at(filed.atTime(LocalTime.NOON).atZone(MsFixtures.CHICAGO).toInstant()).build(),
        Receipt.builder().id("ver").request("sc").recipient(Recipient.LEA).via(Receipt.Via.VERIFIED).sentBy(LEA)
            .at(verified.atTime(LocalTime.of(15, 0)).atZone(MsFixtures.CHICAGO).toInstant()).build()).build();
    return MS.evaluate(c, filed.plusDays(400)).deadlines("IDEA.STATE_COMPLAINT.DECISION_60_DAYS").get(0);
  }
}
