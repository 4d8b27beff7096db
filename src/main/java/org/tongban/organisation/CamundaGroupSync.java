package org.tongban.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups in step with the organisation table at start-up: one group per unit
 * (same id, kept name), one per role, and the engine grants each group needs. Camunda's own
 * candidate-group authorizations then limit every REST caller to its agency's tasks.
 */
@Component
@Order(OrgStartup.GROUP_SYNC)
class CamundaGroupSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaGroupSync.class);

    private final Organisation organisation;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    CamundaGroupSync(Organisation organisation, IdentityService identity, AuthorizationService authorizations) {
        this.organisation = organisation;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (OrgUnit unit : organisation.all()) {
            if (unit.hasInbox()) {
                changed += ensureGroup(unit.getCode(), unit.getNameZh(), unit.getKind().name());
                grant(unit.getCode(), Resources.PROCESS_DEFINITION, Permissions.READ);
            }
        }
        for (Role role : Role.values()) {
            changed += ensureGroup(role.groupId(), role.name(), Role.GROUP_TYPE);
        }
        changed += ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Permissions.ALL);
        }
        log.info("Organisation synchronised with Camunda groups ({} created or renamed)", changed);
    }

    private int ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return 0;
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
        return 1;
    }

    private void grant(String groupId, Resource resource, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(ANY).count() > 0;
        if (!present) {
            var grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(ANY);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }
}
