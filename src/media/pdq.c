/* pdq.c — placeholder; PDQ hashing is being written. */
#include "streamguard.h"
