import { createCollab } from '../collab.js';
import { h } from '../dom.js';
import { mountView, pageHeader } from '../parts.js';
import { startPage } from '../shell.js';

const page = startPage({ page: 'portal', audience: 'customer', title: 'portal.title' });

if (page) {
  const slot = h('div', { class: 'widget-slot' });
  page.main.append(pageHeader('portal.title', 'portal.lead'), slot);
  mountView(createCollab(), 'customer-collaborations', slot);
}
