/* hashdb.c — placeholder; hash banks and the match index are being written. */
#include "streamguard.h"
