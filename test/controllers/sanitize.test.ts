import { expect } from '@open-wc/testing';
import {
  loadSanitizer,
  sanitizeHtml,
  sanitizeHtmlSync,
  sanitizerReady,
  toTrustedHtml,
  type SanitizePolicyName
} from '../../src/controllers/sanitize.js';
import { safeLinkUrl } from '../../src/core/sanitize-policy.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Markup that tries to run code, load things, restyle the page or leak data. */
const HOSTILE: string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="1"></circle></svg>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text>x</text></a></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="JaVaScRiPt:window.__xss=1">click</a>',
  '<a href="java&#x09;script:window.__xss=1">tab</a>',
  '<a href="&#106;avascript:window.__xss=1">entity</a>',
  '<a href=" javascript:window.__xss=1">space</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">data</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<style>body{display:none}</style><p style="position:fixed;inset:0;background:red">cover</p>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:/">',
  '<form action="https://evil.example"><input name="password"><button>Go</button></form>',
  '<input autofocus onfocus="window.__xss=1">',
  '<details open ontoggle="window.__xss=1"><summary>x</summary></details>',
  '<video><source onerror="window.__xss=1"></video>',
  '<body onload="window.__xss=1">',
  '<div onclick="window.__xss=1" onmouseover="window.__xss=1">hover</div>',
  '<p><a href="https://ok.example" onclick="window.__xss=1">ok</a></p>',
  '<template><img src=x onerror=window.__xss=1></template>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1></style></mglyph></table></mtext></math>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=window.__xss=1 src=1>">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<a href="https://ok.example" target="_self" rel="opener">ok</a>',
  '<p id="x" class="y" data-x="1" aria-hidden="true" title="t">attributes</p>',
  '<!--<img src=x onerror=window.__xss=1>-->text',
  '<p>&lt;script&gt;window.__xss=1&lt;/script&gt;</p>'
];

const FORBIDDEN_ELEMENTS =
  'script, style, iframe, object, embed, img, svg, math, form, input, button, textarea, link, meta, base, template, video, source, noscript, details';

/** Everything that could run, load or restyle in the output, read from an inert document. */
function dangers(output: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${output}</body>`, 'text/html');
  const found: string[] = [];
  doc.body.querySelectorAll(FORBIDDEN_ELEMENTS).forEach(element => found.push(`<${element.localName}>`));
  doc.body.querySelectorAll('*').forEach(element => {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${attribute.name}=`);
      if (attribute.name === 'style') found.push('style=');
      if (attribute.name === 'href' && !/^(https?:|mailto:)/i.test(attribute.value))
        found.push(`href=${attribute.value}`);
      if (attribute.name.includes('href') && attribute.name !== 'href') found.push(attribute.name);
    }
  });
  return found;
}

/** Puts the output in the live page, waits, and says whether any handler ran. */
async function executes(output: string): Promise<boolean> {
  window.__xss = undefined;
  const host = document.createElement('div');
  host.innerHTML = output;
  document.body.append(host);
  host.querySelectorAll('*').forEach(element => element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
  await new Promise(resolve => setTimeout(resolve, 30));
  host.remove();
  return window.__xss !== undefined;
}

const POLICIES: SanitizePolicyName[] = ['agent-reply', 'rich-text'];

describe('sanitizeHtml', () => {
  it('loads DOMPurify on first use, once', async () => {
    const first = loadSanitizer();
    const second = loadSanitizer();
    await Promise.all([first, second]);
    expect(sanitizerReady()).to.equal(true);
  });

  for (const policy of POLICIES) {
    describe(`policy ${policy}`, () => {
      for (const input of HOSTILE) {
        it(`neutralizes ${input.slice(0, 70)}`, async () => {
          const output = await sanitizeHtml(input, policy);
          expect(dangers(output), output).to.deep.equal([]);
          expect(await executes(output), output).to.equal(false);
          // Sanitizing the output again changes nothing: it does not mutate into something else when re-parsed.
          expect(await sanitizeHtml(output, policy)).to.equal(output);
        });
      }
    });
  }

  it('keeps the text of what it removes, but not of scripts and styles', async () => {
    const output = await sanitizeHtml(
      '<div onclick="x()">Hola <script>bad()</script><style>p{}</style>mundo</div>',
      'agent-reply'
    );
    expect(output).to.equal('Hola mundo');
  });

  it('agent replies keep safe structure and links open in a new tab with rel=noopener noreferrer', async () => {
    const output = await sanitizeHtml(
      '<h2>Pasos</h2><ol><li><strong>Uno</strong></li><li><em>Dos</em></li></ol><blockquote>cita</blockquote>' +
        '<pre><code>npm ci</code></pre><p>Vea <a href="https://example.com/kb?a=1&amp;b=2">la guía</a> o ' +
        '<a href="mailto:soporte@example.com">escriba</a>, no <a href="/relativo">esto</a>.</p>',
      'agent-reply'
    );
    expect(output).to.equal(
      '<h2>Pasos</h2><ol><li><strong>Uno</strong></li><li><em>Dos</em></li></ol><blockquote>cita</blockquote>' +
        '<pre><code>npm ci</code></pre><p>Vea <a href="https://example.com/kb?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">la guía</a> o ' +
        '<a href="mailto:soporte@example.com" target="_blank" rel="noopener noreferrer">escriba</a>, no <a>esto</a>.</p>'
    );
  });

  it('rich text keeps only p, br, strong, em and u, normalizing b, i and div', async () => {
    const output = await sanitizeHtml(
      '<div><b>negrita</b> <i>cursiva</i> <u>subrayado</u><br>línea</div><div>otro <span>párrafo</span></div>' +
        '<ul><li>item</li></ul><h1>título</h1><a href="https://x.example">link</a>',
      'rich-text'
    );
    expect(output).to.equal(
      '<p><strong>negrita</strong> <em>cursiva</em> <u>subrayado</u><br>línea</p><p>otro párrafo</p>' +
        '<p>item</p><p>título</p><p>link</p>'
    );
    const doc = new DOMParser().parseFromString(output, 'text/html');
    const tags = new Set([...doc.body.querySelectorAll('*')].map(element => element.localName));
    expect([...tags].every(tag => ['p', 'br', 'strong', 'em', 'u'].includes(tag))).to.equal(true);
  });

  it('rich text nests shared marks and gives the empty string for empty content', async () => {
    expect(await sanitizeHtml('<b>a <i>b</i></b>', 'rich-text')).to.equal('<p><strong>a <em>b</em></strong></p>');
    expect(await sanitizeHtml('<p><br></p><p> </p>', 'rich-text')).to.equal('');
    expect(await sanitizeHtml('', 'rich-text')).to.equal('');
  });

  it('defaults to the agent-reply policy, and has a synchronous form once loaded', async () => {
    await loadSanitizer();
    expect(await sanitizeHtml('<ul><li>x</li></ul>')).to.equal('<ul><li>x</li></ul>');
    expect(sanitizeHtmlSync('<p onclick="x">y</p>')).to.equal('<p>y</p>');
  });

  it('toTrustedHtml returns sanitized markup (a string where Trusted Types are not enforced)', async () => {
    await loadSanitizer();
    expect(String(toTrustedHtml('<p>a<img src=x onerror=alert(1)></p>'))).to.equal('<p>a</p>');
  });

  it('safeLinkUrl accepts only http, https and mailto', () => {
    expect(safeLinkUrl('https://example.com/a b')).to.equal('https://example.com/a%20b');
    expect(safeLinkUrl('mailto:a@x.com')).to.equal('mailto:a@x.com');
    expect(safeLinkUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl('java\nscript:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl('data:text/html,x')).to.equal(undefined);
    expect(safeLinkUrl('/kb/1')).to.equal(undefined);
    expect(safeLinkUrl('/kb/1', 'https://help.example/')).to.equal('https://help.example/kb/1');
  });
});
