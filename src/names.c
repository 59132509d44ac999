/* names.c — error strings and the names of tactics, age bands, actions,
 * alert types, severities: the one table for each, shared by the library,
 * the CLI and the daemon. */
#include <string.h>

#include "streamguard.h"

const char *sg_strerror(int err)
{
    switch (err) {
    case 0: return "success";
#define SG__ERR_CASE(name, code, msg) \
    case code: return msg;
        SG_ERRNO_MAP(SG__ERR_CASE)
#undef SG__ERR_CASE
    default: return "unknown error";
    }
}

static const char *const tactic_names[SG_T__COUNT] = {
    "flattery", "personal_info", "gift_offer", "dare",    "nudity_request", "sexual_content",
    "secrecy",  "off_platform",  "threat",     "meeting", "age_gap",
};

const char *sg_tactic_name(sg_tactic t)
{
    if (t == SG_T_CONTEXT)
        return "context";
    if ((unsigned)t >= SG_T__COUNT)
        return NULL;
    return tactic_names[t];
}

int sg_tactic_parse(const char *name, size_t len)
{
    for (int i = 0; i < SG_T__COUNT; i++)
        if (strlen(tactic_names[i]) == len && memcmp(tactic_names[i], name, len) == 0)
            return i;
    if (len == 7 && memcmp(name, "context", 7) == 0)
        return SG_T_CONTEXT;
    return -1;
}

static const char *const age_names[SG_AGE__COUNT] = {
    "unknown", "under13", "13-15", "16-17", "adult",
};

const char *sg_age_band_name(sg_age_band a)
{
    if ((unsigned)a >= SG_AGE__COUNT)
        return "unknown";
    return age_names[a];
}

int sg_age_band_parse(const char *name, size_t len)
{
    for (int i = 0; i < SG_AGE__COUNT; i++)
        if (strlen(age_names[i]) == len && memcmp(age_names[i], name, len) == 0)
            return i;
    return -1;
}

bool sg_age_band_may_be_minor(sg_age_band a)
{
    return a != SG_AGE_ADULT;
}

const char *sg_action_name(sg_action a)
{
    switch (a) {
    case SG_ALLOW: return "allow";
    case SG_HOLD: return "hold";
    case SG_BLOCK: return "block";
    }
    return "allow";
}

const char *sg_alert_type_name(sg_alert_type t)
{
    switch (t) {
    case SG_ALERT_GROOMING: return "grooming";
    case SG_ALERT_FLOOD: return "flood";
    case SG_ALERT_SERIAL_CONTACT: return "serial_contact";
    case SG_ALERT_HASH_MATCH: return "hash_match";
    }
    return "grooming";
}

const char *sg_severity_name(sg_severity s)
{
    switch (s) {
    case SG_SEV_LOW: return "low";
    case SG_SEV_MEDIUM: return "medium";
    case SG_SEV_HIGH: return "high";
    case SG_SEV_CRITICAL: return "critical";
    }
    return "low";
}
