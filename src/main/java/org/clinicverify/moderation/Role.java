package org.clinicverify.moderation;

/** What an account may do: moderators work the queue; admins also manage accounts. */
public enum Role {
    MODERATOR,
    ADMIN
}
