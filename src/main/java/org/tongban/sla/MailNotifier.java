package org.tongban.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails an escalation to recipients who have an address, when Spring Mail is configured
 * ({@code spring.mail.host}); off by default. Sent after the step committed; a failed mail is
 * logged and does not undo the step, whose in-app notification stands.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Recipients recipients;
    private final SlaSettings settings;

    MailNotifier(ObjectProvider<JavaMailSender> sender, Recipients recipients, SlaSettings settings) {
        this.sender = sender;
        this.recipients = recipients;
        this.settings = settings;
    }

    void send(Escalations.Fired fired, String caseNumber) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        for (String username : fired.recipients()) {
            String address = recipients.email(username);
            if (address == null) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.mailFrom());
            message.setTo(address);
            message.setSubject(subject(fired.step()) + " " + (caseNumber == null ? "" : caseNumber));
            // Case number only: personal data never leaves Tongban by mail.
            message.setText(subject(fired.step()) + "\n" + (caseNumber == null ? "" : caseNumber)
                    + "\n请登录通办查看。Please sign in to Tongban for details.");
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Mail for {} of task {} to user {} failed: {}", fired.step(), fired.taskId(), username,
                        e.getMessage());
            }
        }
    }

    private static String subject(EscalationStep step) {
        return switch (step) {
            case WARNING -> "【黄牌提醒 Reminder】";
            case OVERDUE -> "【红牌超期 Overdue】";
            case SUPERVISION -> "【督办 Supervision】";
        };
    }
}
