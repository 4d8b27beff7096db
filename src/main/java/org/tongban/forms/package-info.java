/**
 * Camunda Forms (form-js JSON under {@code forms/}) rendered as Vaadin fields and validated again
 * on the server before a task is completed. Only the components procedures use are supported.
 */
package org.tongban.forms;
