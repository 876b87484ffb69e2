/**
 * The message limits Discord enforces server-side (answering 400 / 50035), checked by the fake Discord so
 * a payload that would be refused for real is refused in tests too. Counts UTF-16 units like discord.js.
 */
export function payloadProblems(body: any): string[] {
  const problems: string[] = [];
  const over = (what: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) problems.push(`${what}: must be ${max} or fewer in length`);
  };
  if (!body || typeof body !== 'object') return ['body: not an object'];
  const embeds: any[] = body.embeds ?? [];
  if (!body.content && embeds.length === 0) problems.push('Cannot send an empty message');
  over('content', body.content, 2000);
  if (embeds.length > 10) problems.push('embeds: must be 10 or fewer in length');
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    over(`embeds.${i}.title`, e.title, 256);
    over(`embeds.${i}.description`, e.description, 4096);
    over(`embeds.${i}.footer.text`, e.footer?.text, 2048);
    over(`embeds.${i}.author.name`, e.author?.name, 256);
    if ((e.fields ?? []).length > 25) problems.push(`embeds.${i}.fields: must be 25 or fewer in length`);
    for (const [j, f] of (e.fields ?? []).entries()) {
      over(`embeds.${i}.fields.${j}.name`, f.name, 256);
      over(`embeds.${i}.fields.${j}.value`, f.value, 1024);
      if (!f.name || !f.value) problems.push(`embeds.${i}.fields.${j}: name and value are required`);
      total += (f.name?.length ?? 0) + (f.value?.length ?? 0);
    }
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text?.length ?? 0) + (e.author?.name?.length ?? 0);
  }
  if (total > 6000) problems.push('embeds: Embed size exceeds maximum size of 6000');
  if (body.nonce !== undefined && String(body.nonce).length > 25) problems.push('nonce: must be 25 or fewer in length');
  return problems;
}
