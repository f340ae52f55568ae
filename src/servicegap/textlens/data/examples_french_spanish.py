"""A fifth set of hand-written comments for the learned layer: 447 in French and Spanish
(half each, French of France, Belgium, Quebec and Switzerland, Spanish of Spain and Latin
America), 15 per language for each of the fifteen kinds of service business, written for
this project without opening the rules, the other examples or the bench sets: praise
(including good stories told with words of trouble), lukewarm comments, questions and
suggestions, complaints (mixed ones labelled by what the customer ends on), leaving and
its look-alikes, and spam.

Read before the French and Spanish rules of the same commit were written (so they are no
held-out evidence for those rules). Their weight against the examples before them was
chosen by cross-validation on our examples alone (`bench/textlens_weight.py --new
french_spanish`).

The format of `examples_services.py`: a line "## business language kind" starts a group,
then one example per line: sentiment (- 0 +), topics (pe people, pr process, pd
product, comma-separated, or .), flags (c churn, s spam, or .), then the text.
"""

from __future__ import annotations

from servicegap.textlens.data.examples import grouped
from servicegap.textlens.learn import Example


def groups() -> dict[tuple[str, str, str], list[Example]]:
    """The examples by (business, language, kind), in the order written."""
    return grouped(EXAMPLES)


def examples() -> list[Example]:
    return [e for group in groups().values() for e in group]


EXAMPLES = """
## restaurant fr dev
+ pe . j'avais oublié mon écharpe, la serveuse l'a mise de côté et m'a rappelé le soir même. top
+ pd . tartare de boeuf incroyable, frites maison croustillantes, rien à redire
+ pe,pd . merci à Léna pour ses conseils sur le vin, accord parfait avec le magret 👌
+ pr,pe . resa annulée à la derniere minute a cause de la neige, ils ont reporté sans frais et avec le sourire
+ pd . tb rapport qualité prix le midi, la formule à 16€ vaut largement le détour
0 pd . correct sans plus, le dessert était meilleur que le plat
0 pr . est ce que vous prenez les réservations pour 12 personnes le dimanche?
0 pd . ce serait bien d'avoir une option végé autre que la salade svp
- pr,pe c 1h d'attente pour deux pizzas et personne pour s'excuser, on ira ailleurs
- pd,pe c poulet pas cuit au milieu et le chef a haussé les épaules. vous nous reverrez pas
- pe,pd . serveur desagreable, soupirait a chaque question. on reviendra qd meme pour la cuisine mais bon
- pd . 24 balles pour un burger tiède et des frites molles, bravo l'arnaque 🙄
- pr . bravo, 40 min pour avoir l'addition, on a failli dormir sur place
- pe,pd . personnel adorable mais les pâtes étaient trop salées, immangeables franchement
0 . s super article, j'ai appris plein de choses! visitez mon blog cuisine-facile.example pour d'autres recettes
## restaurant es dev
+ pe . me deje el celular en la mesa y el mesero salió corriendo a la calle a devolvermelo, mil gracias
+ pd . la paella espectacular, nada que objetar
+ pe . Rodrigo nos atendió de 10, super atento con los niños 👏
+ pr . tuvimos q cancelar la reserva a ultima hora y no nos cobraron nada, muy amables
+ pd . los tacos al pastor buenisimos y a buen precio, bien chido
0 pr . tienen menu sin gluten? no lo vi en la carta
0 pr . estaria bien poder reservar por la web, solo por telefono es un rollo
- pr c 50 minutos para unas bravas... aquí no me vuelven a ver
- pe,pd c la carne vino cruda, la devolvimos y el camarero de mala gana. buscaremos otro sitio
- pd . subieron los precios otra vez y las raciones cada vez mas pequeñas. sigo viniendo x costumbre pero ojo
- pe . la chica de la barra super borde, ni un buenos dias
- pr . genial, nos cobraron dos veces el vino 🙃 revisen la cuenta
- pe,pd . el personal majísimo pero la comida fría y sosa, una pena
0 . s Préstamos rápidos sin aval, aprobación en 24h! llama al 600 000 111
## hotel fr dev
+ pe . j'ai oublié mon chargeur dans la chambre, la réception me l'a renvoyé par la poste sans que je demande rien. bravo
+ pd . chambre spacieuse, literie au top, vue sur le lac magnifique
+ pe . un grand merci à Mathieu à l'accueil, super arrangeant pour le late check-out
+ pr . annulation gérée en 2 min par mail et remboursement reçu le lendemain, impeccable
+ pe,pd . p'tit dej copieux et personnel aux petits soins, rien a redire
0 pd . hotel correct, propre, un peu bruyant côté rue
0 pr . y a t il un stationnement pour les vélos?
0 pd . ptite suggestion : des prises près du lit ce serait pratique
- pr,pe c check in a 15h annoncé, chambre prete a 17h30, aucun geste commercial. on ne reviendra pas
- pd c moisissure dans la douche et draps tachés. prochaine fois je réserve ailleurs c'est sûr
- pe . réceptionniste de nuit franchement désagréable. je reviendrai pour l'emplacement mais faudrait former le personnel
- pd . 180€ la nuit pour une chambre qui sent le renfermé, faut pas pousser
- pd,pr . la clim en panne 2 jours et on nous répond "on a fait remonter l'info". super 👍
- pe,pd . accueil chaleureux mais le wifi ne marche pas dans les chambres, impossible de bosser
## hotel es dev
+ pe . perdí un anillo en la habitación y la camarera lo encontró y me lo guardó en recepción, increíble
+ pd . habitación limpísima y la cama comodísima, dormí como un bebé
+ pe . gracias a Lucía de recepción por el upgrade sorpresa en nuestro aniversario 🥰
+ pr . se nos cancelo el vuelo y nos movieron la reserva sin costo, muy resolutivos
+ pd . desayuno buffet riquisimo y la piscina genial, nada que objetar
0 pd . correcto, lo esperable para el precio
0 pr . a q hora es el check out los domingos?
0 pd . le faltaría un poco de insonorización a las habitaciones, por lo demás bien
- pr,pe c 40 min en recepción para el check in y encima nos dieron otra habitación. no volvemos
- pd c cucarachas en el baño. cancelé la segunda noche y me fui a otro hotel
- pe . el recepcionista muy seco y poco servicial. vengo por trabajo y seguiré viniendo pero mejoren eso
- pd . 150 euros la noche y el aire acondicionado hacía un ruido horrible
- pr . me cobraron el minibar que ni toqué, que bien eh
- pe,pd . el personal encantador pero la habitación daba pena, moqueta sucia y olor a humedad
0 . s Pierde 10 kilos en un mes sin dieta!! info en adelgaza-ya.example
## clinic fr dev
+ pe . le Dr Morel a pris le temps de tout m'expliquer, enfin un médecin qui écoute
+ pr . rdv annulé par la clinique mais ils m'ont rappelé direct pour un autre créneau le jour même. nickel
+ pe . merci à l'infirmière Sophie, super douce avec ma fille qui avait peur des piqures 💕
+ pd . la physio a réglé mon mal de dos en 3 séances, rien à redire
+ pr . prise de rdv en ligne super simple, et reçu à l'heure pile
0 pr . attente de 20 min, ça va, rien de spécial
0 pr . est ce que vous faites les vaccins sans rendez vous?
0 pr . ce serait bien de pouvoir payer par carte et pas que en liquide
- pr c 2h d'attente avec un rdv à 9h. je change de médecin, ras le bol
- pe c la secrétaire m'a parlé comme à un chien. j'ai trouvé un autre cabinet, adieu
- pe . impossible de joindre le secrétariat au tel, ça sonne dans le vide. je reste pcq le doc est bien mais franchement
- pd . 60€ la consultation pour 5 min, c'est du vol
- pe . le médecin n'a même pas levé les yeux de son écran. très humain bravo
- pe,pd . accueil sympa mais on m'a prescrit le mauvais dosage, heureusement que la pharmacienne a vu l'erreur
0 . s Bitcoin x10 en 1 semaine garanti!! rejoins le groupe crypto-gains.example
## clinic es dev
+ pe . la doctora Fernández un encanto, me explicó todo con paciencia
+ pr . se equivocaron con mi cita pero me llamaron enseguida y me atendieron ese mismo dia, de diez
+ pe . el enfermero Julián muy profesional y cariñoso con mi abuela
+ pd . me quitaron el lunar sin dolor y cicatrizó perfecto, nada que objetar
+ pr . atendida puntualísima, 0 espera 👌
0 pr . bien en general, algo de espera pero normal
0 pr . se puede pedir turno por whatsapp?
0 pd . la sala de espera podria tener mas sillas
- pr c 3 horas esperando con cita previa. me cambio de clínica, no aguanto más
- pe c la recepcionista me gritó delante de todos. no piso más ese lugar
- pe . nunca devuelven las llamadas 😤 sigo yendo xq el doctor es bueno pero q desastre
- pd . 90 dólares por una consulta de 5 minutos? un abuso
- pe . el médico ni me miró, solo escribía en la compu. muy humano todo jaja
- pe,pd . la atención amable pero el diagnóstico estuvo mal, tuve q ir a urgencias después
0 . s asdfghjklñ qwerty
## pharmacy fr dev
+ pe . la pharmacienne a appelé mon médecin pour corriger l'ordonnance, j'ai rien eu à faire. merci!!
+ pr . médicament en rupture mais commandé et dispo le lendemain matin, top
+ pe . Karim tjrs de bon conseil et souriant, la meilleure pharmacie du quartier
+ pd . bcp de choix en parapharmacie et prix corrects
+ pe . j'avais laissé ma carte vitale au comptoir, ils me l'ont gardée et m'ont appelé. rien à redire
0 pr . ouvert le dimanche?
0 pd . correct, un peu cher sur les crèmes
0 pr . ce serait pratique de pouvoir envoyer l'ordonnance par appli avant de passer
- pr,pe c 25 min de queue avec une seule caisse ouverte et 3 préparateurs qui papotent. désormais je vais à celle d'en face
- pe c on m'a fait la morale devant tout le monde pour une pilule du lendemain. je remettrai plus les pieds ici
- pd . toujours en rupture de tout chez vous 😩 j'ai failli changer mais c'est à côté de chez moi donc bon
- pd . 12€ le spray nasal, vous vous moquez du monde
- pe . on m'a donné la mauvaise boîte, heureusement que j'ai vérifié. bravo la vigilance
- pe,pr . personnel gentil mais horaires affichés faux, trouvé porte close à 19h
0 . s Rachat de crédit, taux imbattable, appelez le 01 00 00 00 00
## pharmacy es dev
+ pe . el farmacéutico se dio cuenta de una interacción entre mis medicamentos, me salvó la vida literal
+ pr . no tenían el jarabe pero me lo pidieron y a las 3h ya estaba, genial
+ pe . Marisol siempre tan amable y te explica todo
+ pd . buenos precios en genéricos, se nota la diferencia
+ pe . olvidé mi receta en el mostrador y me la guardaron, nada que objetar
0 pr . abren 24h?
0 pd . normalito, como cualquier farmacia
0 pr . estaria bien tener turno con numerito, se cuela la gente
- pr c media hora de fila con una sola caja. de ahora en más voy a la farmacia de la esquina
- pe c la señora del mostrador me trató de mentirosa por pedir un antibiótico con receta. perdieron un cliente
- pd . nunca tienen nada en stock, pero bueno es la única cerca así q sigo viniendo
- pd . carísimo todo, 15 euros un ibuprofeno de marca
- pe . me dieron la dosis equivocada, menos mal q leí el prospecto. muy profesionales 👏
- pe,pr . la chica muy maja pero el horario de la web está mal, llegué y cerrado
0 . s Qué buena la serie de anoche!! alguien más vio el final?? 😱
## garage fr dev
+ pd . problème de démarrage réglé du premier coup, alors que 2 autres garages avaient échoué
+ pe . Fabrice m'a expliqué la panne avec patience et sans me prendre pour un idiot
+ pr . char prêt un jour avant la date prévue, et soumission respectée au cent près. tiguidou
+ pe . j'avais oublié mes lunettes dans la boîte à gants, ils m'ont appelé direct. super équipe
+ pd,pr . vidange + pneus pour un prix honnête, rien à redire
0 pd . correct sans plus, voiture propre au retour c'est déjà ça
0 pr . vous faites le contrôle technique aussi ou faut aller ailleurs?
0 pr . ce serait bien d'envoyer un sms quand la voiture est prête
- pr,pe c 3 semaines pour une pièce et jamais rappelé une fois. je vais chez un concurrent
- pd c facture gonflée de 200€ sans prévenir. c'est la dernière fois que je vous confie ma voiture
- pe . le chef d'atelier m'a parlé de haut. je reste car vous êtes les seuls près de chez moi mais bon
- pd . la clim marche toujours pas après réparation, 3e fois que je reviens
- pd . nonante francs pour changer une ampoule, bravo les artistes
- pe,pd . accueil sympa mais ils ont rayé ma portière pendant la réparation 😡
0 . s super recette de tarte tatin mdr qqn l'a testée? lien sur gateaux-maison.example
## garage es dev
+ pd . el ruido del motor lo arreglaron a la primera, otros talleres no daban con ello
+ pe . Don Ernesto es un crack, honesto y te explica todo
+ pr . me entregaron el carro un día antes de lo previsto 🙌
+ pe . me dejé la cartera en el coche y me llamaron enseguida para avisar, gente de confianza
+ pd . presupuesto justo y sin sorpresas, nada que objetar
0 pr . hacen revisión pre ITV?
0 pr . deberían mandar un mensaje cuando el carro esté listo
- pr,pe c un mes esperando una pieza y ni una llamada. me llevo el coche a otro taller
- pd c me cobraron 300 de más sin avisar. ni en sueños vuelvo
- pe . el encargado muy maleducado. sigo viniendo porq queda cerca pero q mal trato
- pd . el aire sigue sin funcionar después de la reparación, ya es la tercera vez
- pd . 80 euros por cambiar una bombilla, olé
- pe,pd . muy amables pero me devolvieron el coche con un rayón en la puerta
0 . s Gana dinero desde casa con cripto!!! whatsapp +34 600 000 000
## bank fr dev
+ pe . mon conseiller M. Dubois m'a rappelé dans l'heure pour débloquer ma carte, au top
+ pr . carte perdue, opposition faite et nouvelle carte reçue en 3 jours, nickel
+ pe . super accueil à l'agence, on m'a aidé à tout paramétrer sur l'appli
+ pd . enfin une banque sans frais de tenue de compte, j'ai quitté mon ancienne banque pour vous et aucun regret
+ pr . prêt immo accordé en 2 semaines, dossier super fluide
0 pr . appli correcte, un peu lente parfois
0 pr . comment on fait pour augmenter le plafond au bancomat?
0 pd . ce serait bien d'avoir un compte épargne avec un taux un peu plus intéressant
- pr c 3 semaines pour un virement international. je ferme mon compte et je pars chez une néobanque
- pe c conseillère injoignable depuis 1 mois, aucun rappel. j'ai transféré mes comptes ailleurs
- pd . frais bancaires en hausse encore. j'ai hésité à partir mais la flemme de tout changer
- pe . on m'a raccroché au nez deux fois. service client de qualité 👏
- pr . l'appli plante à chaque mise à jour, impossible de faire un virement le week-end
- pe,pd . conseiller sympa mais les frais sur le découvert sont abusés
0 . s Prêt entre particuliers sans justificatif, réponse immédiate: pret-rapide.example
## bank es dev
+ pe . la ejecutiva Carmen me resolvió lo de la tarjeta bloqueada en 10 min, una genia
+ pr . me clonaron la tarjeta y me devolvieron todo el dinero en 48h, muy bien gestionado
+ pe . me atendieron súper bien en la sucursal, paciencia infinita con mi papá
+ pd . cero comisiones de verdad, me vine desde otro banco y feliz
+ pr . la app es rapidísima, hago todo desde el móvil
0 pr . la app está bien pero a veces se cuelga
0 pr . como cambio mi pin desde la app?
0 pr . estaria bien que abrieran la oficina por la tarde
- pr c 2 semanas para una transferencia. cierro la cuenta este mes
- pe c nadie contesta el teléfono, ya me pasé a otro banco y chau
- pd . otra subida de comisiones 😒 pensé en irme pero cambiar todo es un lío
- pe . me colgaron 3 veces en atención al cliente, muy profesional todo
- pr . 1 hora en la fila para sacar un certificado, en serio?
- pe,pd . el gestor majo pero los intereses del préstamo son abusivos
0 . s Excelente post, muy informativo! visita mi página finanzas-top.example
## telecom fr dev
+ pd,pe . technicien venu le jour même, fibre réparée en 20 min du premier coup, rien à redire
+ pe . merci à Inès du service client qui a résolu mon problème de facture en un appel
+ pr . résiliation de l'ancien forfait et portabilité en 24h, sans coupure. impeccable
+ pd . réseau 5G au top même à la campagne, bon rapport qualité prix
+ pr . la box est arrivée 2 jours plus tôt que prévu, installée en 10 min
0 pd . débit correct, sans plus
0 pr . est-ce que je peux changer d'abonnement natel en cours de mois?
0 pr . l'appli gagnerait à afficher la conso data plus clairement
- pd c coupures internet tous les soirs depuis 3 semaines. je résilie dès la fin de l'engagement
- pe c 45 min en attente pour qu'on me raccroche au nez. j'ai signé chez un autre opérateur
- pr . facturé deux fois ce mois ci. je reste mais j'attends le remboursement rapidement
- pd . 45€ par mois pour un débit de 2 Mbps, vous êtes sérieux?
- pe . le technicien n'est jamais venu au rdv, et personne pour prévenir. merci pour la journée de congé perdue 👍
- pe,pd . service client aimable mais mon GSM capte pas dans mon immeuble, ça sert à rien
0 . s gagnez un iphone gratuit en cliquant ici iphone-gratuit.example
## telecom es dev
+ pd,pe . el técnico vino ese mismo día y arregló la fibra a la primera, de 10
+ pe . gracias a Andrés del soporte, me solucionó lo de la factura en una llamada
+ pr . la portabilidad fue en 1 día sin quedarme sin línea, perfecto
+ pd . buena cobertura y precio razonable, nada que objetar
+ pr . el router llegó antes de lo previsto y fácil de instalar
0 pd . la velocidad normalita, cumple
0 pr . puedo cambiar de plan sin penalización?
0 pr . la app debería mostrar mejor el consumo de datos
- pd c se cae internet cada noche desde hace un mes. me doy de baja ya
- pe c 1 hora al teléfono para q me cuelguen. ya contraté con otra compañía
- pr . me cobraron doble este mes. no me voy a ir pero quiero mi plata de vuelta
- pd . pago 40 dólares y la señal es pésima en mi casa
- pe . el técnico nunca llegó y nadie avisó. gracias por hacerme perder el día 👏
- pe,pd . atención amable pero el internet va lentísimo, así no se puede trabajar
0 . s Hola soy Sofi 🔥 escríbeme al +57 300 000 0000
## transport fr dev
+ pe . j'ai oublié mon sac dans le bus, le chauffeur l'a déposé aux objets trouvés, récupéré le lendemain. merci!
+ pr . train annulé mais remboursement automatique reçu en 48h, bravo
+ pe . chauffeur très sympa et prudent, merci à Jean-Marc sur la ligne 12
+ pr,pd . arrivée avec 10 min d'avance, wagon propre, rien à redire
+ pd . billet pas cher et sièges confortables, top pour les trajets longs
0 pr . horaires corrects en semaine, le week-end c'est plus compliqué
0 pr . y a-t-il des abonnements étudiants?
0 pr . ce serait bien d'avoir les retards en temps réel dans l'appli
- pr c 3e retard de la semaine, je reprends la voiture, marre
- pe c contrôleur agressif pour un ticket mal composté. je prendrai plus jamais votre compagnie
- pr . bus jamais à l'heure, pas le choix de le prendre mais c'est insupportable
- pd . 85€ l'aller simple pour un train bondé sans clim, génial
- pe . le chauffeur a démarré alors que je courais vers la porte, merci hein
- pe,pr . personnel sympa mais l'appli de réservation bug à chaque paiement
0 . s J'ai perdu 8 kilos avec cette tisane miracle!! minceur-express.example
## transport es dev
+ pe . me dejé la mochila en el bus y el conductor la guardó, la recuperé al día siguiente. gracias!!
+ pr . cancelaron el tren pero me devolvieron el dinero enseguida sin pedirlo
+ pe . el chofer de la línea 7, Don Raúl, un amor con los abuelitos
+ pr . llegamos 15 min antes de hora, puntualísimo
+ pd . buses limpios y asientos cómodos, nada que objetar
0 pr . horarios normales, el finde hay pocos
0 pr . hay descuento para estudiantes?
0 pr . la app debería avisar de los retrasos en tiempo real
- pr c tercer retraso esta semana. me compro una moto y adiós
- pe c el conductor me insultó por pagar con billete grande. no vuelvo a viajar con ustedes
- pr . el bus nunca pasa a su hora. no me queda otra q tomarlo pero es un desastre
- pd . 60 euros por un viaje en un autobús sin aire, espectacular
- pe . el chofer arrancó justo cuando yo llegaba a la puerta, muy amable jaja
- pe,pr . personal correcto pero la web de compra de billetes falla siempre
0 . s Receta de arepas fáciles 🫓 en mi blog cocina-con-ana.example
## gym fr dev
+ pe . merci à Yanis le coach, en 3 mois j'ai perdu 6 kg et repris confiance
+ pr . j'ai dû suspendre l'abonnement pour une blessure, fait en 5 min sans frais. top
+ pd . salle propre, machines récentes, rien à redire
+ pe . j'avais oublié mes écouteurs dans le vestiaire, l'accueil me les avait mis de côté
+ pd,pr . tb rapport qualité prix pour une salle ouverte 24/7
0 pd . salle correcte mais un peu petite aux heures de pointe
0 pr . les cours de yoga sont inclus dans l'abonnement de base?
0 pd . il faudrait plus de racks à squat svp
- pr c impossible de résilier en ligne, on m'oblige à venir en personne. je pars dès que c'est fini
- pd c douches froides depuis 2 mois, je vais m'inscrire ailleurs
- pe . coachs jamais dispo quand on a besoin. je reste pour les horaires mais c'est limite
- pd . 50€/mois et la moitié des tapis de course en panne, merci bien
- pr . cours annulé sans prévenir, super d'être venu pour rien
- pe,pd . coachs top mais vestiaires sales, ça gâche tout
0 . s qsdfqsdf azer
## gym es dev
+ pe . gracias a Vane, la mejor entrenadora, me cambió la vida 💪
+ pr . congelé la cuota por lesión sin ningún problema, muy fácil
+ pd . instalaciones limpias y máquinas nuevas, nada que objetar
+ pe . perdí mis auriculares y los de recepción los tenían guardados, un 10
+ pd . precio muy bueno para lo q ofrecen
0 pd . está bien, algo lleno a la tarde
0 pr . las clases de spinning se reservan por la app?
0 pd . faltan más mancuernas pesadas
- pr c para darse de baja hay que ir en persona y con cita. en cuanto pueda me borro
- pd c las duchas frías desde hace semanas, me apunto en otro gym
- pe . los monitores pasan de todo. sigo porq me queda cerca pero vaya tela
- pd . 45 euros al mes y la mitad de las cintas rotas 🙄
- pr . me cancelaron la clase sin avisar, genial venir para nada
- pe,pd . los entrenadores geniales pero los vestuarios dan asco
0 . s Quieres bajar 15 kilos? pastillas naturales, info al 555 000 1234
## salon fr dev
+ pe . Chloé a sauvé ma coupe ratée ailleurs, je ressors ravie 😍
+ pr . rdv décalé à cause d'un imprévu, ils m'ont trouvé un créneau le jour même. trop bien
+ pd . couleur parfaite, exactement ce que je voulais
+ pe . accueil chaleureux, café offert, rien à redire
+ pd . barbe et coupe nickel pour 25€, je recommande
0 pd . coupe correcte sans plus
0 pr . est-ce qu'on peut réserver en ligne?
0 pr . ce serait bien d'avoir des créneaux le lundi
- pd c balayage complètement raté, cheveux orange. plus jamais chez vous
- pr,pe c 45 min de retard sur mon rdv sans excuses, je change de coiffeur
- pe . coiffeuse pas à l'écoute du tout. je reviens qd même pcq c'est pas loin mais bon
- pd . 120€ pour une couleur qui a tenu une semaine 🙄
- pe . la coiffeuse a passé la séance au tel. bravo le professionnalisme
- pe,pd . équipe adorable mais la coupe est bien trop courte, j'ai pleuré en rentrant
0 . s Quelqu'un a vu le dernier épisode de la série? trop de suspense!!
## salon es dev
+ pe . Mariela me arregló el desastre de otra pelu, quedé feliz 😍
+ pr . tuve q cancelar y me dieron otra cita el mismo día, muy flexibles
+ pd . el color quedó perfecto, justo lo que quería
+ pe . atención de lujo y te ofrecen cafecito, nada que objetar
+ pd . corte y barba por 15 euros, genial
0 pd . corte normalito
0 pr . se puede reservar por whatsapp?
0 pr . estaría bueno que abrieran los lunes
- pd c me dejaron el pelo naranja. jamás vuelvo
- pr,pe c 1 hora de retraso sin disculpas, buscaré otra peluquería
- pe . la peluquera no escucha nada. vuelvo porq está al lado de casa pero uff
- pd . 100 euros por un tinte que duró una semana
- pe . la chica estuvo todo el rato con el móvil, muy profesional 👏
- pe,pd . el trato genial pero me cortaron demasiado, lloré al llegar a casa
0 . s Ganá dinero con inversiones en cripto!! link en mi perfil ganar-facil.example
## shop fr dev
+ pe . j'ai perdu ma carte bleue en magasin, une vendeuse l'a retrouvée et gardée à l'accueil. merci !
+ pr . retour d'un article sans ticket accepté sans souci, super
+ pe . merci à Thomas au rayon bricolage, super conseils
+ pd . bcp de choix et prix raisonnables, rien à redire
+ pr . commande en click & collect prête en 1h, nickel
0 pd . magasin correct, pas grand chose en taille 44
0 pr . vous êtes ouverts le 15 août?
0 pr . il faudrait plus de caisses ouvertes le samedi
- pr c 30 min de queue aux caisses, une seule ouverte. je commande sur internet maintenant
- pe c vendeuse méprisante parce que je regardais sans acheter. vous m'avez perdue comme cliente
- pd . produits souvent en rupture. je continue à venir mais c'est agaçant
- pd . t-shirt troué après un lavage, qualité lamentable
- pe . personne en rayon pendant 20 min, super service 👏
- pe,pd . vendeurs sympas mais prix en hausse de partout, ça devient trop cher
0 . s Nouveau: crypto-monnaie $LUNE, achetez maintenant x100 garanti
## shop es dev
+ pe . se me cayó la cartera en la tienda y una dependienta la guardó, gracias Paula!
+ pr . devolución sin ticket sin problemas, muy fácil
+ pe . el chico de electrónica muy atento y sabía de todo
+ pd . mucha variedad y precios buenos, nada que objetar
+ pr . pedido online listo para recoger en 1 hora, rapidísimo
0 pd . bien, pero poca cosa en tallas grandes
0 pr . abren los domingos?
0 pr . deberían poner más cajas los sábados
- pr c media hora en la cola con una caja. a partir de ahora compro online
- pe c la dependienta me miró de arriba abajo y ni me atendió. no me ven más el pelo
- pd . siempre sin stock de lo que busco. sigo viniendo pero cansa
- pd . la camiseta se rompió al primer lavado, calidad pésima
- pe . 20 minutos buscando a alguien q me atendiera, excelente servicio jaja
- pe,pd . el personal amable pero todo está carísimo últimamente
0 . s hola esto es una prueba
## delivery fr dev
+ pr,pe . colis livré un jour en avance, et le livreur a même prévenu la voisine 👍
+ pe . livreur super poli, a monté le colis au 5e sans ascenseur, merci!
+ pr . colis égaré mais retrouvé et livré 2 jours après, service client réactif
+ pd . repas arrivé encore chaud et bien emballé, rien à redire
+ pe . merci à Samir pour sa gentillesse, toujours ponctuel
0 pr . livraison ok, créneau un peu large
0 pr . on peut choisir un point relais?
0 pr . ce serait bien de pouvoir suivre le livreur en temps réel
- pr c 3 livraisons ratées, colis jamais arrivé. je passe par un autre transporteur
- pe c livreur qui jette mon colis par-dessus le portail. c'est fini pour moi
- pr . colis marqué livré mais pas reçu. je reste client si vous réglez ça vite
- pd . carton écrasé, vase cassé à l'intérieur
- pr . "livré" dans la boîte aux lettres... un colis de 20kg. belle performance
- pe,pr . livreur adorable mais 4h de retard sur le créneau
0 . s Regardez ma recette de lasagnes!! lasagnes-maison.example
## delivery es dev
+ pr . llegó un día antes de lo previsto, sorpresa total 👏
+ pe . el repartidor súper amable, me subió el paquete al 4to sin ascensor
+ pr . se perdió mi paquete pero lo encontraron y me llegó en 2 días, bien resuelto
+ pd . la comida llegó calentita y bien empaquetada
+ pe . Luis el repartidor siempre puntual y con una sonrisa
0 pr . llegó bien, la franja horaria muy amplia
0 pr . se puede cambiar la dirección de entrega después de comprar?
0 pr . estaría bien ver al repartidor en el mapa
- pr c 3 intentos fallidos y el paquete nunca llegó. uso otra empresa desde hoy
- pe c el repartidor tiró la caja por encima de la reja. se acabó, no compro más con ustedes
- pr . marcado como entregado y no me llegó nada. no me voy a ir pero resuelvan ya
- pr . entregado en el buzón... un paquete de 20 kilos. magia pura
- pe,pr . el repartidor muy majo pero 3 horas tarde
0 . s Sigue mi canal de recetas veganas 🥑 veganas-ya.example
## trades fr dev
+ pd . fuite réparée du premier coup par le plombier, rien à redire
+ pe . Bastien l'électricien, ponctuel, propre et très pro
+ pr . urgence un dimanche et ils sont venus en 1h, merci!!
+ pe . ils ont retrouvé ma bague tombée derrière le lavabo pendant les travaux, honnêtes en plus
+ pd,pr . devis clair, travaux finis en avance et prix respecté
0 pd . travail correct, quelques finitions à reprendre
0 pr . faites-vous des devis gratuits?
0 pr . ce serait bien d'avoir une fourchette horaire plus précise pour l'intervention
- pr,pe c artisan jamais venu, 3 rdv annulés. j'ai appelé un autre plombier
- pd c la fuite est revenue 2 jours après, je vous rappellerai plus jamais
- pe . le chef de chantier ne répond jamais. je vous garde pour la suite mais faut améliorer la com
- pd . 300€ pour changer un joint, c'est du grand n'importe quoi
- pe . ils ont laissé tous leurs gravats dans mon jardin. merci les gars
- pe,pd . électricien sympa mais la prise ne fonctionne toujours pas
0 . s Meilleur article que j'ai lu sur le sujet, merci! travaux-deco.example
## trades es dev
+ pd . el fontanero arregló la fuga a la primera, nada que objetar
+ pe . Mauricio el electricista puntual, limpio y muy profesional
+ pr . emergencia un domingo y vinieron en una hora, genios
+ pe . encontraron mi anillo detrás del lavabo mientras trabajaban, gente honrada
+ pd,pr . presupuesto claro y terminaron antes de lo previsto
0 pd . trabajo correcto, faltan algunos retoques
0 pr . hacen presupuestos sin costo?
0 pr . estaría bien q dieran una hora más exacta de llegada
- pr,pe c nunca vinieron, 3 citas canceladas. ya llamé a otro
- pd c la fuga volvió a los 2 días. no los llamo más
- pe . el maestro nunca contesta el teléfono. seguimos con ustedes para la obra pero mejoren la comunicación
- pd . 200 dólares por cambiar un cuerito, un robo
- pe . dejaron todos los escombros en mi patio, qué detalle
- pe,pd . el electricista amable pero el enchufe sigue sin andar
0 . s jajajajaja kkkkkkk
## florist fr dev
+ pd . bouquet magnifique pour l'anniversaire de ma mère, elle a pleuré de joie
+ pe . Aurélie a composé un bouquet parfait avec mon petit budget, merci
+ pr . livraison en avance pour la fête des mères, top
+ pr . erreur d'adresse de ma part, ils ont relivré gratuitement le jour même. rien à redire
+ pd . fleurs fraîches qui ont tenu 2 semaines
0 pd . bouquet joli mais plus petit que sur la photo
0 pr . vous livrez le dimanche?
0 pd . ce serait bien d'avoir plus de plantes d'intérieur
- pd c roses fanées le lendemain. je commanderai ailleurs à l'avenir
- pr c bouquet livré le lendemain de l'anniversaire, à quoi bon. vous me reverrez pas
- pe . fleuriste pas aimable ce matin. je reviendrai car vos fleurs sont belles mais souriez un peu
- pd . 70€ pour 10 tulipes, on marche sur la tête
- pr . commande pour un enterrement arrivée après la cérémonie. merci beaucoup vraiment
- pe,pd . accueil gentil mais le bouquet ne ressemblait pas du tout à la photo
0 . s gagnez 500€/jour depuis chez vous, infos au 06 00 00 00 00
## florist es dev
+ pd . ramo precioso para mi mamá, le encantó
+ pe . Rocío me armó un ramo divino con poco presupuesto
+ pr . entregaron antes de lo previsto para san valentín, perfecto
+ pr . me equivoqué de dirección y lo reenviaron gratis el mismo día, nada que objetar
+ pd . flores frescas que duraron 2 semanas
0 pd . bonito pero más chico q en la foto
0 pr . hacen envíos los domingos?
0 pd . podrían tener más plantas de interior
- pd c rosas marchitas al día siguiente. la próxima compro en otra floristería
- pr c el ramo llegó un día tarde al cumple. nunca más
- pe . la florista muy seca. vuelvo porq las flores son lindas pero sonría un poco
- pd . 60 euros por 10 tulipanes, madre mía
- pr . la corona del funeral llegó después de la misa. gracias, eh
- pe,pd . muy amables pero el ramo no se parecía nada a la foto
0 . s Me encantó la película de ayer!! la recomiendo a todos
## utility fr dev
+ pe,pd . coupure d'eau signalée, technicien venu en 2h et réparé du premier coup. merci
+ pr . erreur sur ma facture corrigée en un appel, remboursement reçu la semaine d'après
+ pe . merci à Nadia du service client, super patiente pour m'expliquer le compteur
+ pr . mise en service du gaz le jour même de l'emménagement, rien à redire
+ pd . tarif électricité honnête, ma facture a baissé depuis que j'ai quitté mon ancien fournisseur
0 pr . espace client correct, un peu confus
0 pr . comment je transmets mon relevé de compteur?
0 pr . ce serait bien d'être prévenu par sms des coupures programmées
- pd c facture x3 sans explication, je change de fournisseur dès demain
- pe c 4 appels, 4 réponses différentes, aucun rappel. je résilie
- pr . mensualités augmentées sans prévenir. bon je reste mais expliquez vous svp
- pd . l'eau du robinet sort marron depuis une semaine
- pr . coupure de courant de 8h "pour travaux" non annoncée, merci pour le congélateur
- pe,pd . conseiller aimable mais le prix du kWh est devenu délirant
0 . s wxcvbn azerty
## utility es dev
+ pe,pd . avisé de una fuga y el técnico vino en 2 horas y la arregló a la primera
+ pr . error en la factura corregido en una llamada y me devolvieron la plata
+ pe . gracias a Ramiro de atención al cliente por su paciencia
+ pr . alta de la luz el mismo día de la mudanza, nada que objetar
+ pd . la tarifa buena, pagamos menos desde que dejamos la otra compañía
0 pr . el área de clientes está bien, algo confusa
0 pr . cómo envío la lectura del contador?
0 pr . estaría bien q avisaran por sms de los cortes programados
- pd c la factura se triplicó sin explicación. me cambio de compañía
- pe c llamé 5 veces y cada uno me dijo algo distinto. doy de baja el contrato
- pr . subieron la cuota sin avisar. no me cambio pero expliquen porqué
- pd . el agua sale marrón desde hace una semana
- pr . corte de luz de 8 horas sin aviso, gracias por el congelador arruinado
- pe,pd . la chica amable pero la tarifa está por las nubes
0 . s Compro oro y plata, pago al contado, llame al 800 000 000
"""
