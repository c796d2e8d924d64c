package com.replycraft.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of PII: replies where it must be replaced and replies where it must not fire. */
class PiiRedactorTest {

  private final PiiRedactor redactor = new PiiRedactor(true);

  private String redact(String text) {
    return redactor.session().redact(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // e-mail addresses
        "Write to priya.natarajan@example.co.uk please | Write to [EMAIL_1] please",
        "my address is j_doe+claims@mail.example.com. | my address is [EMAIL_1].",
        // phone numbers
        "Call me on +44 7700 900123 after six | Call me on [PHONE_1] after six",
        "my number is (555) 123-4567 | my number is [PHONE_1]",
        "ring 07700900123 tomorrow | ring [PHONE_1] tomorrow",
        "US cell 415.555.0132 works | US cell [PHONE_1] works",
        // card numbers (Luhn-valid)
        "card 4111 1111 1111 1111 was charged twice | card [CARD_1] was charged twice",
        "card 5500-0000-0000-0004 expired | card [CARD_1] expired",
        "number 4012888888881881 declined | number [CARD_1] declined",
        // account numbers
        "IBAN GB82 WEST 1234 5698 7654 32 is mine | IBAN [ACCOUNT_1] is mine",
        "my account number is 31926819 thanks | my account number is [ACCOUNT_1] thanks",
        "acct # 0012-3456-789 | acct # [ACCOUNT_1]",
        // dates of birth
        "my date of birth is 14/03/1987 | my date of birth is [DATE_OF_BIRTH_1]",
        "DOB: 1987-03-14 | DOB: [DATE_OF_BIRTH_1]",
        "I was born on 3 March 1987 | I was born on [DATE_OF_BIRTH_1]",
        // member and policy numbers
        "policy number PX-2291834 renewed | policy number [MEMBER_ID_1] renewed",
        "Member ID: M88412093 | Member ID: [MEMBER_ID_1]",
        "my membership no. 7731902 lapsed | my membership no. [MEMBER_ID_1] lapsed",
        // street addresses
        "send it to 221B Baker Street, London | send it to [ADDRESS_1], London",
        "I live at 42 Wallaby Way now | I live at [ADDRESS_1] now",
        "deliver to 1600 Pennsylvania Avenue | deliver to [ADDRESS_1]",
      })
  void replaces_pii_with_a_typed_placeholder(String text, String redacted) {
    assertThat(redact(text)).isEqualTo(redacted);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms to avoid: money, order and claim references, ordinary dates, counts
        "Your order total was $1,234.56 and shipping 12.50",
        "The refund of 2,499.00 reaches you in 3 to 5 days",
        "order #1234567890123 shipped today",
        "your claim CL-48213 is approved",
        "we will call on 14/03/2026 as agreed",
        "I have waited 3 days and called 4 times",
        "ticket 48213 is open since 2026-11-17",
        "the policy covers physio up to 500",
        "our team of 40 people in 2 offices",
        "card ending 1111 was charged",
        "the account is fine now",
        "at 3 pm on Friday",
      })
  void leaves_ordinary_numbers_alone(String text) {
    assertThat(redact(text)).isEqualTo(text);
  }

  @Test
  void the_same_value_gets_the_same_placeholder_and_is_restored_in_the_answer() {
    PiiRedactor.Session session = redactor.session();
    String thread = session.redact("I'm a@b.io, call +1 415 555 0132. Again: a@b.io");
    String draft = session.redact("We wrote to c@d.io");

    assertThat(thread).isEqualTo("I'm [EMAIL_1], call [PHONE_1]. Again: [EMAIL_1]");
    assertThat(draft).isEqualTo("We wrote to [EMAIL_2]");
    assertThat(session.restore("We'll call [PHONE_1] and copy [EMAIL_1] and [EMAIL_9]."))
        .isEqualTo("We'll call +1 415 555 0132 and copy a@b.io and [EMAIL_9].");
  }

  @Test
  void switched_off_it_changes_nothing() {
    String text = "card 4111 1111 1111 1111, a@b.io";
    assertThat(new PiiRedactor(false).session().redact(text)).isEqualTo(text);
  }

  @Test
  void luhn_tells_a_card_from_a_long_reference() {
    assertThat(PiiRedactor.luhn("4111111111111111")).isTrue();
    assertThat(PiiRedactor.luhn("1234567890123")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the known customer name, whole or in parts, in any case
        "Margaret Okonkwo-Hale called again | [NAME_1] called again",
        "as MARGARET said | as [NAME_1] said",
        // greetings, introductions and signatures
        "Hi Dominic, thanks | Hi [NAME_1], thanks",
        "Hello, my name is Jo Baxter and | Hello, my name is [NAME_1] and",
        "'Thanks,\nPriya' | 'Thanks,\n[NAME_1]'",
        "'Kind regards,\nAlex Martin' | 'Kind regards,\n[NAME_1]'",
        // false alarms fixed: greetings to no one in particular
        "Hi there, my order | Hi there, my order",
        "Hello team, any news? | Hello team, any news?",
        "Thanks, I'm waiting | Thanks, I'm waiting",
      })
  void names_are_replaced_in_a_session_that_knows_the_customers_name(String in, String out) {
    PiiRedactor.Session session =
        PiiRedactor.sessionWithNames(java.util.List.of("Margaret Okonkwo-Hale"));

    assertThat(session.redact(in.replace("\\n", "\n"))).isEqualTo(out.replace("\\n", "\n"));
  }

  @Test
  void the_ordinary_session_leaves_names_for_the_llm_to_use() {
    assertThat(redact("Hi Dominic, thanks")).isEqualTo("Hi Dominic, thanks");
  }

  @Test
  void names_found_in_greetings_are_reported_for_a_second_pass() {
    PiiRedactor.Session session = PiiRedactor.sessionWithNames(java.util.List.of());
    session.redact("Thanks Dominic too!\n\nKind regards,\nSam");

    assertThat(session.names()).containsExactly("Dominic", "Sam");
  }
}
