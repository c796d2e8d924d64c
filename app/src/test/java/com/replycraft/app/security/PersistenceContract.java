package com.replycraft.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.review.ImportReport;
import com.replycraft.app.review.ImportService;
import com.replycraft.app.search.SearchHit;
import com.replycraft.app.search.SearchQuery;
import com.replycraft.app.search.SearchService;
import java.io.StringReader;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the migrations and repositories must do on every supported database. Subclasses run it on H2
 * ({@link PersistenceOnH2Test}) and on a real PostgreSQL ({@link PersistenceOnPostgresIT}).
 */
abstract class PersistenceContract {

  @Autowired JdbcTemplate jdbc;
  @Autowired AppUserRepository userRepository;
  @Autowired ApiTokenRepository tokenRepository;
  @Autowired UserService users;
  @Autowired ApiTokenService tokens;
  @Autowired ImportService imports;
  @Autowired SearchService search;

  @Test
  void an_imported_message_is_searchable_and_a_re_import_leaves_no_stale_hit() {
    String csv =
        "conversation_id,channel,author,agent_id,timestamp,text\n"
            + "persist-search-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,My voucher was refunded twice\n";

    imports.importCsv(new StringReader(csv));
    assertThat(refs("vouchers refund")).contains("persist-search-1");

    imports.importCsv(new StringReader(csv.replace("voucher", "coupon")));
    assertThat(refs("voucher")).doesNotContain("persist-search-1");
    assertThat(refs("coupon refunded")).contains("persist-search-1");
  }

  private java.util.List<String> refs(String words) {
    return search.search(SearchQuery.words(words), 0, 100).hits().stream()
        .map(SearchHit::conversationRef)
        .toList();
  }

  @Test
  void flyway_has_applied_the_first_migration() {
    Integer applied =
        jdbc.queryForObject(
            "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and"
                + " \"success\" = true",
            Integer.class);
    assertThat(applied).isEqualTo(1);
  }

  @Test
  void flyway_has_applied_the_conversations_migration_and_the_demo_threads_are_stored() {
    Integer applied =
        jdbc.queryForObject(
            "select count(*) from \"flyway_schema_history\" where \"version\" = '2' and"
                + " \"success\" = true",
            Integer.class);
    Integer demoThreads =
        jdbc.queryForObject(
            "select count(*) from conversation where external_id like 'demo-%'", Integer.class);
    Integer messages =
        jdbc.queryForObject("select count(*) from conversation_message", Integer.class);

    assertThat(applied).isEqualTo(1);
    assertThat(demoThreads).isGreaterThanOrEqualTo(15);
    assertThat(messages).isGreaterThan(demoThreads);
  }

  @Test
  void an_imported_transcript_and_its_auto_qa_are_stored_and_re_import_updates_it() {
    String csv =
        "conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value\n"
            + "persist-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my refund?,Ana,true,99.5\n"
            + "persist-1,EMAIL,AGENT,a.lee,2026-11-20T09:00:00Z,It is processed.,,,\n";

    imports.importCsv(new StringReader(csv));
    ImportReport again = imports.importCsv(new StringReader(csv));

    Integer applied =
        jdbc.queryForObject(
            "select count(*) from \"flyway_schema_history\" where \"version\" = '3' and"
                + " \"success\" = true",
            Integer.class);
    assertThat(applied).isEqualTo(1);
    assertThat(again.messages()).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from conversation where external_id = 'persist-1'", Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select qa_worst_severity from conversation where external_id = 'persist-1'",
                String.class))
        .isEqualTo("CRITICAL");
    assertThat(
            jdbc.queryForObject(
                "select m.findings_json from conversation_message m join conversation c on"
                    + " c.id = m.conversation_id where c.external_id = 'persist-1' and"
                    + " m.position = 1",
                String.class))
        .contains("DELAY_NOT_ACKNOWLEDGED");
  }

  @Test
  void the_first_admin_and_the_demo_users_are_there_after_start_up() {
    assertThat(users.find("admin"))
        .get()
        .extracting(UserSummary::roles)
        .isEqualTo(Set.of(Role.ADMIN));
    for (DemoUsers.Credentials demo : DemoUsers.ALL) {
      assertThat(users.find(demo.username()))
          .as(demo.username())
          .get()
          .extracting(UserSummary::roles)
          .isEqualTo(Set.of(demo.role()));
    }
  }

  @Test
  void stores_a_user_with_several_roles_and_finds_it_by_username() {
    users.create(
        new NewUser(
            "Persisted.Lead", "Pat Lead", Set.of(Role.REVIEWER, Role.TRAINER), "long-enough"));

    AppUser stored = userRepository.findByUsername("persisted.lead").orElseThrow();

    assertThat(stored.getRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.TRAINER);
    assertThat(stored.getPasswordHash()).startsWith("$2").doesNotContain("long-enough");
    assertThat(stored.isEnabled()).isTrue();
  }

  @Test
  void the_database_itself_refuses_a_second_user_with_the_same_username() {
    users.create(new NewUser("unique-one", "First", Set.of(Role.AGENT), "long-enough"));

    assertThatThrownBy(
            () ->
                userRepository.saveAndFlush(
                    new AppUser("unique-one", "Second", "x", Set.of(Role.AGENT), Instant.now())))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void counts_only_enabled_admins() {
    long before = userRepository.countEnabledAdmins();
    UserSummary extra =
        users.create(
            new NewUser("second-admin", "Second Admin", Set.of(Role.ADMIN), "long-enough"));
    assertThat(userRepository.countEnabledAdmins()).isEqualTo(before + 1);

    users.setEnabled(extra.id(), false);

    assertThat(userRepository.countEnabledAdmins()).isEqualTo(before);
  }

  @Test
  void keeps_only_the_hash_of_an_api_token() {
    CreatedApiToken created = tokens.create(new NewApiToken("hash check", Role.AGENT), "test");

    String storedHash =
        jdbc.queryForObject(
            "select token_hash from api_token where id = ?", String.class, created.summary().id());

    assertThat(storedHash).hasSize(64).isNotEqualTo(created.token());
    assertThat(tokenRepository.findByTokenHash(ApiTokenService.hash(created.token()))).isPresent();
  }
}
