// tactics.js — tactic codes (DESIGN.md) in plain words for moderators.

export const TACTICS = {
  flattery: ['Flattery', 'Compliments meant to build trust quickly'],
  personal_info: ['Asking for personal details', 'Age, location, school, whether the child is alone or parents are near'],
  gift_offer: ['Offering gifts, coins or points', 'Online gifts, game currency or points, often in exchange for something'],
  dare: ['Dares, tricks or challenges', 'Games and dares used to push the child into acts'],
  nudity_request: ['Asking to undress or show the body', 'Requests for nudity or acts on camera'],
  sexual_content: ['Sexual talk', 'Sexual language directed at or around the child'],
  secrecy: ['Asking for secrecy', 'Telling the child to hide the contact from parents or others'],
  off_platform: ['Moving to a private app', 'Pushing to DMs, other apps or private calls'],
  threat: ['Threats or blackmail', 'Threats, including sextortion'],
  meeting: ['Arranging to meet', 'Proposals to meet in person'],
  age_gap: ['Downplaying an age gap', 'Adult claims, "age is just a number"'],
};

export const ALERT_TYPES = {
  grooming: 'Grooming (one user towards one stream)',
  flood: 'Flood (many users pressing one young streamer)',
  serial_contact: 'Serial contact (one user pressing several young streamers)',
  hash_match: 'Media matched a hash bank',
};

export const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };

/** Plain words for a tactic code; unknown codes are shown as they are. */
export function tacticLabel(code) {
  const t = TACTICS[code];
  return t ? t[0] : String(code).replace(/_/g, ' ');
}

export function tacticHelp(code) {
  const t = TACTICS[code];
  return t ? t[1] : '';
}
