package org.tongban.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.tongban.TongbanTest;

/** Escalations by e-mail: only when mail is configured, case number only, and a failure undoes nothing. */
@TongbanTest
class MailNotifierTest {

    @Autowired Recipients recipients;
    @Autowired SlaSettings settings;

    static final Escalations.Fired OVERDUE = new Escalations.Fired("task-1", EscalationStep.OVERDUE,
            List.of("civil.supervisor", "civil.officer"));

    @Test
    void sends_each_recipient_with_an_address_a_mail_naming_the_step_and_the_case_only() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        notifier(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                sent.add(message);
            }
        }).send(OVERDUE, "CR-2026-000123");

        assertThat(sent).extracting(m -> m.getTo()[0])
                .containsExactly("civil.supervisor@tongban.example", "civil.officer@tongban.example");
        assertThat(sent.get(0).getSubject()).contains("红牌", "CR-2026-000123");
        assertThat(sent.get(0).getText()).doesNotContain("task-1");
    }

    @Test
    void without_mail_configured_nothing_is_sent_and_a_failing_server_is_only_logged() {
        notifier(null).send(OVERDUE, "CR-2026-000123");
        notifier(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                throw new MailSendException("connection refused");
            }
        }).send(OVERDUE, "CR-2026-000123");
    }

    private MailNotifier notifier(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new MailNotifier(beans.getBeanProvider(JavaMailSender.class), recipients, settings);
    }
}
