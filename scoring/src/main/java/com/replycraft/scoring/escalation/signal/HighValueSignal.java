package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.thread.Customer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HIGH_VALUE: a VIP customer, a customer whose value is over {@code
 * policy.highValueThresholdOrDefault()} (5,000 by default), or a money amount over that threshold
 * in the customer's words ("$12,400", "£6k", "7,000 dollars").
 */
public final class HighValueSignal implements Signal {

  private static final Pattern MONEY =
      Pattern.compile(
          "(?:[$£€]|\\b(?:AUD|USD|GBP|EUR|NZD|CAD|A\\$|US\\$)\\s?)\\s?"
              + "(?<a>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?(?:\\s?(?<am>k|m|grand|thousand|million))?\\b"
              + "|\\b(?<b>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?(?:\\s?(?<bm>k|grand|thousand|million))?\\s?"
              + "(?:dollars|bucks|pounds|euros|quid|AUD|USD|GBP|EUR)\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public ReasonCode code() {
    return ReasonCode.HIGH_VALUE;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    double threshold = thread.policy().highValueThresholdOrDefault();
    Customer customer = thread.customer();
    if (customer.isVip()) {
      return Optional.of(new SignalHit(EscalationReason.of(code(), "VIP customer"), 0.8, null));
    }
    if (customer.value() != null && customer.value() > threshold) {
      String evidence =
          String.format(
              Locale.ROOT,
              "customer value %,.0f over the %,.0f threshold",
              customer.value(),
              threshold);
      double strength = customer.value() > 2 * threshold ? 0.8 : 0.6;
      return Optional.of(new SignalHit(EscalationReason.of(code(), evidence), strength, null));
    }
    for (AnalyzedMessage message : thread.customerMessages()) {
      if (!hasDigit(message.text().text())) {
        continue; // every amount has digits: skip the regex for the common message without any
      }
      Matcher m = MONEY.matcher(message.text().text());
      while (m.find()) {
        if (message.text().isQuoted(m.start(), m.end())) {
          continue;
        }
        double amount = amount(m);
        if (amount > threshold) {
          return Optional.of(
              new SignalHit(
                  new EscalationReason(
                      code(), m.group().strip(), message.index(), m.start(), m.end()),
                  0.6,
                  null));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static double amount(Matcher m) {
    String digits = m.group("a") != null ? m.group("a") : m.group("b");
    String multiplier = m.group("a") != null ? m.group("am") : m.group("bm");
    double value = Double.parseDouble(digits.replace(",", ""));
    if (multiplier == null) {
      return value;
    }
    return switch (multiplier.toLowerCase(Locale.ROOT)) {
      case "k", "grand", "thousand" -> value * 1_000;
      case "m", "million" -> value * 1_000_000;
      default -> value;
    };
  }
}
